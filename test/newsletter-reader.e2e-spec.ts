import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import {
  deliver,
  onApp,
  postForm,
  PREFERENCES_FIELDS,
  PUBLIC_BASE_URL,
  subscribeOverGraphQL,
  subscribeOverRest,
  subscriberRow,
  tokenOf,
} from './support/newsletter.js';
import { linkIn, rawHeader, SmtpTestServer } from './support/smtp-test-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CONFIRM = `mutation ($token: String!) { confirmNewsletterSubscription(token: $token) { ${PREFERENCES_FIELDS} } }`;
const UNSUBSCRIBE = `mutation ($token: String!, $lists: [String!]) { unsubscribeFromNewsletter(token: $token, lists: $lists) { ${PREFERENCES_FIELDS} } }`;
const UPDATE = `mutation ($token: String!, $input: NewsletterPreferencesInput!) { updateNewsletterPreferences(token: $token, input: $input) { ${PREFERENCES_FIELDS} } }`;
const VIEW = `query ($token: String!) { newsletterPreferences(token: $token) { ${PREFERENCES_FIELDS} } }`;

describe('newsletter: the reader journey over real SMTP', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    app = await startTestApp({
      env: { SMTP_URL: smtp.url, PUBLIC_BASE_URL, NEWSLETTER_SIGNUP_LIMIT_PER_IP: '1000', NEWSLETTER_SIGNUP_LIMIT_PER_EMAIL: '1000' },
    });
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
  });

  /** Subscribes, delivers the outbox, and returns the one new email to `email`. */
  async function signUpAndReceive(email: string, extra: Parameters<typeof subscribeOverGraphQL>[1] = { email }): Promise<ParsedMail> {
    const before = smtp.to(email).length;
    const { data, errors } = await subscribeOverGraphQL(app, { ...extra, email });
    expect(errors).toBeUndefined();
    expect(data?.subscribeToNewsletter.accepted).toBe(true);
    await deliver(app);
    const received = smtp.to(email);
    expect(received).toHaveLength(before + 1);
    return received.at(-1)!;
  }

  async function confirmedSubscriber(email: string, lists = ['daily-it', 'breaking'], locale = 'en'): Promise<string> {
    const mail = await signUpAndReceive(email, { email, lists, locale });
    const { errors } = await app.graphql(CONFIRM, { token: tokenOf(linkIn(mail, `${PUBLIC_BASE_URL}/newsletter/confirm`)) });
    expect(errors).toBeUndefined();
    return tokenOf(linkIn(mail, `${PUBLIC_BASE_URL}/newsletter/manage`));
  }

  it('lists the active newsletters named in the requested locale, over GraphQL and REST', async () => {
    const { data } = await app.graphql<{ newsletterLists: { key: string; name: string; frequency: string; locale: string }[] }>(
      `{ newsletterLists(locale: "en") { key name description frequency locale } }`,
    );
    expect(data?.newsletterLists.map((list) => [list.key, list.name, list.frequency])).toEqual([
      ['daily-it', 'The European day (Italian)', 'DAILY'],
      ['weekly-en', 'Europe this week', 'WEEKLY'],
      ['breaking', 'Breaking news', 'BREAKING'],
    ]);
    const rest = await fetch(`${app.url}/api/newsletter/lists?locale=it`);
    expect(((await rest.json()) as { name: string }[]).map((list) => list.name)).toEqual(['La giornata europea', 'Europe this week (in inglese)', 'Ultim’ora']);
    await app.dataSource.query(`UPDATE newsletter_list SET active = false WHERE key = 'weekly-en'`);
    try {
      const after = await app.graphql<{ newsletterLists: { key: string }[] }>(`{ newsletterLists(locale: "it") { key } }`);
      expect(after.data?.newsletterLists.map((list) => list.key)).toEqual(['daily-it', 'breaking']);
    } finally {
      await app.dataSource.query(`UPDATE newsletter_list SET active = true WHERE key = 'weekly-en'`);
    }
  });

  it('signs up, mails a confirmation in the reader’s language, and confirms only when the page’s button is pressed', async () => {
    const email = 'lettrice@example.test';
    const mail = await signUpAndReceive(email, { email: '  Lettrice@Example.TEST ', lists: ['daily-it', 'breaking'], locale: 'it', consentText: 'Acconsento.', consentVersion: 'v3', source: 'web:footer' });
    expect(mail.subject).toBe('Conferma la tua iscrizione');
    expect(mail.from?.text).toContain('newsletter@redazione.local');
    expect(mail.html).toContain('lang="it"');
    expect(mail.text).toContain('La giornata europea, Ultim’ora');
    const confirmLink = linkIn(mail, `${PUBLIC_BASE_URL}/newsletter/confirm?token=`);
    const manageLink = linkIn(mail, `${PUBLIC_BASE_URL}/newsletter/manage?token=`);
    expect(mail.html).toContain(confirmLink.replace(/&/g, '&amp;'));
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(rawHeader(mail, 'List-Unsubscribe')).toBe(`<${PUBLIC_BASE_URL}/api/newsletter/unsubscribe?token=${tokenOf(manageLink)}>`);

    const pending = await subscriberRow(app, email);
    expect(pending).toMatchObject({ status: 'PENDING', locale: 'it', consent_text: 'Acconsento.', consent_version: 'v3', consent_source: 'graphql:web:footer' });
    expect(pending?.consent_at).toBeInstanceOf(Date);
    // Tokens: 256 random bits in the link, only their SHA-256 in the database.
    const token = tokenOf(confirmLink);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored: { token_hash: string }[] = await app.dataSource.query(`SELECT token_hash FROM newsletter_token WHERE subscriber_id = $1`, [pending?.id]);
    expect(stored.map((row) => row.token_hash)).toContain(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);

    // A GET (a mail scanner, a prefetch) shows a page and changes nothing.
    for (let visit = 0; visit < 2; visit += 1) {
      const page = await fetch(onApp(app, confirmLink));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('cache-control')).toBe('no-store');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      const html = await page.text();
      expect(html).toContain('lang="it"');
      expect(html).toContain('<form method="post" action="/newsletter/confirm">');
      expect(html).toContain('Confermo');
    }
    expect((await subscriberRow(app, email))?.status).toBe('PENDING');

    const confirmed = await postForm(`${app.url}/newsletter/confirm`, [['token', token]]);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Iscrizione confermata');
    expect(await subscriberRow(app, email)).toMatchObject({ status: 'ACTIVE', confirmed_at: expect.any(Date) });

    const reused = await postForm(`${app.url}/newsletter/confirm`, [['token', token]]);
    expect(reused.status).toBe(400);
    expect(await reused.text()).toContain('già stato usato');
    const again = await app.graphql(CONFIRM, { token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_USED' });
  });

  it('signs up over REST in English, and an active subscriber signing up again is told so instead of being re-confirmed', async () => {
    const email = 'reader@example.test';
    const first = await subscribeOverRest(app, { email, lists: ['weekly-en'], locale: 'en' });
    expect(first.status).toBe(202);
    await deliver(app);
    const confirmation = smtp.to(email).at(-1)!;
    expect(confirmation.subject).toBe('Confirm your subscription');
    const confirmed = await fetch(`${app.url}/api/newsletter/confirmations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: tokenOf(linkIn(confirmation, `${PUBLIC_BASE_URL}/newsletter/confirm`)) }),
    });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ email, status: 'ACTIVE', lists: [{ key: 'weekly-en', name: 'Europe this week' }] });

    const second = await subscribeOverRest(app, { email, lists: ['breaking'], locale: 'en' });
    expect(second).toEqual(first);
    await deliver(app);
    const notice = smtp.to(email).at(-1)!;
    expect(notice.subject).toBe('You are already subscribed');
    expect(notice.text).toContain('Europe this week');
    expect(notice.text).not.toContain('/newsletter/confirm');
    expect(rawHeader(notice, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    // Nothing changed: a stranger cannot alter someone's lists or language by signing them up.
    const view = await app.graphql<{ newsletterPreferences: { locale: string; lists: { key: string }[] } }>(VIEW, {
      token: tokenOf(linkIn(notice, `${PUBLIC_BASE_URL}/newsletter/manage`)),
    });
    expect(view.data?.newsletterPreferences).toMatchObject({ locale: 'en', lists: [{ key: 'weekly-en' }] });
    expect(await subscriberRow(app, email)).toMatchObject({ status: 'ACTIVE', consent_source: 'rest' });
  });

  it('changes preferences with the token of any email, and unsubscribes from some lists or all', async () => {
    const token = await confirmedSubscriber('prefs@example.test');
    const updated = await app.graphql<{ updateNewsletterPreferences: { locale: string; status: string; lists: { key: string; name: string }[] } }>(UPDATE, {
      token,
      input: { lists: ['weekly-en', 'breaking'], locale: 'it' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateNewsletterPreferences).toMatchObject({
      locale: 'it',
      status: 'ACTIVE',
      lists: [{ key: 'weekly-en', name: 'Europe this week (in inglese)' }, { key: 'breaking', name: 'Ultim’ora' }],
    });
    const partial = await app.graphql<{ unsubscribeFromNewsletter: { status: string; lists: { key: string }[] } }>(UNSUBSCRIBE, { token, lists: ['breaking'] });
    expect(partial.data?.unsubscribeFromNewsletter).toMatchObject({ status: 'ACTIVE', lists: [{ key: 'weekly-en' }] });
    const all = await app.graphql<{ unsubscribeFromNewsletter: { status: string; lists: unknown[] } }>(UNSUBSCRIBE, { token });
    expect(all.data?.unsubscribeFromNewsletter).toMatchObject({ status: 'UNSUBSCRIBED', lists: [] });
    expect((await subscriberRow(app, 'prefs@example.test'))?.unsubscribed_at).toBeInstanceOf(Date);
    // Choosing lists again from the manage link re-activates a subscriber that had confirmed once.
    const back = await app.graphql<{ updateNewsletterPreferences: { status: string } }>(UPDATE, { token, input: { lists: ['daily-it'], locale: 'it' } });
    expect(back.data?.updateNewsletterPreferences.status).toBe('ACTIVE');
    const rest = await fetch(`${app.url}/api/newsletter/preferences?token=${token}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ lists: [], locale: 'en' }),
    });
    expect(await rest.json()).toMatchObject({ status: 'UNSUBSCRIBED', locale: 'en', lists: [] });
  });

  it('unsubscribes in one click (RFC 8058) with the URL of the List-Unsubscribe header, repeatably', async () => {
    const email = 'oneclick@example.test';
    await confirmedSubscriber(email);
    const mail = smtp.to(email).at(-1)!;
    const url = /^<(.+)>$/.exec(rawHeader(mail, 'List-Unsubscribe') ?? '')![1]!;
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await postForm(onApp(app, url), [['List-Unsubscribe', 'One-Click']]);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'UNSUBSCRIBED', lists: [] });
    }
    expect((await subscriberRow(app, email))?.status).toBe('UNSUBSCRIBED');
  });

  it('serves a manage page whose GET changes nothing and whose buttons save or unsubscribe', async () => {
    const email = 'page@example.test';
    const token = await confirmedSubscriber(email, ['daily-it'], 'en');
    const page = await fetch(`${app.url}/newsletter/manage?token=${token}`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('lang="en"');
    expect(html).toContain('value="daily-it" checked');
    expect(html).toContain('value="breaking">');
    expect((await subscriberRow(app, email))?.status).toBe('ACTIVE');

    const saved = await postForm(`${app.url}/newsletter/manage`, [['token', token], ['lists', 'daily-it'], ['lists', 'breaking'], ['locale', 'it'], ['action', 'save']]);
    const savedHtml = await saved.text();
    expect(saved.status).toBe(200);
    expect(savedHtml).toContain('Preferenze salvate');
    expect(savedHtml).toContain('value="breaking" checked');
    const left = await postForm(`${app.url}/newsletter/manage`, [['token', token], ['locale', 'it'], ['action', 'unsubscribe']]);
    expect(await left.text()).toContain('Sei stato cancellato');
    expect((await subscriberRow(app, email))?.status).toBe('UNSUBSCRIBED');
  });

  it('does not activate a subscriber that left every list (from the same email) before confirming', async () => {
    const email = 'changed-mind@example.test';
    const mail = await signUpAndReceive(email);
    await app.graphql(UNSUBSCRIBE, { token: tokenOf(linkIn(mail, `${PUBLIC_BASE_URL}/newsletter/manage`)) });
    const { data } = await app.graphql<{ confirmNewsletterSubscription: { status: string } }>(CONFIRM, {
      token: tokenOf(linkIn(mail, `${PUBLIC_BASE_URL}/newsletter/confirm`)),
    });
    expect(data?.confirmNewsletterSubscription.status).toBe('UNSUBSCRIBED');
    expect((await subscriberRow(app, email))?.status).toBe('UNSUBSCRIBED');
  });

  describe('errors', () => {
    async function subscribeError(signUp: Parameters<typeof subscribeOverGraphQL>[1]) {
      const { errors } = await subscribeOverGraphQL(app, signUp);
      return errors?.[0];
    }

    it('refuses a sign-up without consent, naming the field', async () => {
      const error = await subscribeError({ email: 'noconsent@example.test', consent: false });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'consent' }] });
      expect(await subscriberRow(app, 'noconsent@example.test')).toBeUndefined();
    });

    it.each([
      ['malformed', 'not-an-email'],
      ['look-alike (Cyrillic) characters', 'mario@exаmple.test'],
      ['a quoted local part', '"a b"@example.test'],
    ])('refuses a %s address, naming the field', async (_, email) => {
      const error = await subscribeError({ email });
      expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'email' }] });
    });

    it('refuses a disposable domain from the configured list, subdomains included, over GraphQL and REST', async () => {
      expect((await subscribeError({ email: 'x@mailinator.com' }))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'email' }] });
      const rest = await subscribeOverRest(app, { email: 'x@eu.yopmail.com' });
      expect(rest.status).toBe(400);
      expect(rest.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'email' }] });
    });

    it('refuses unknown lists, no list at all, and unsupported locales', async () => {
      expect((await subscribeError({ email: 'l@example.test', lists: ['nope'] }))?.extensions).toMatchObject({ fields: [{ field: 'lists' }] });
      expect((await subscribeError({ email: 'l@example.test', lists: [] }))?.extensions).toMatchObject({ fields: [{ field: 'lists' }] });
      expect((await subscribeError({ email: 'l@example.test', locale: 'fr' }))?.extensions).toMatchObject({ fields: [{ field: 'locale' }] });
      expect(await subscriberRow(app, 'l@example.test')).toBeUndefined();
    });

    it('explains an expired confirmation link (expiry is set in the past in the database) on the page and the API', async () => {
      const email = 'late@example.test';
      const mail = await signUpAndReceive(email, { email, locale: 'en' });
      const token = tokenOf(linkIn(mail, `${PUBLIC_BASE_URL}/newsletter/confirm`));
      await app.dataSource.query(`UPDATE newsletter_token SET expires_at = now() - interval '1 second' WHERE purpose = 'CONFIRM' AND token_hash = $1`, [
        createHash('sha256').update(token).digest('hex'),
      ]);
      const page = await fetch(`${app.url}/newsletter/confirm?token=${token}`);
      expect(page.status).toBe(400);
      expect(await page.text()).toContain('This link has expired');
      const { errors } = await app.graphql(CONFIRM, { token });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_EXPIRED' });
      expect((await subscriberRow(app, email))?.status).toBe('PENDING');
      // Subscribing again sends a new link that works.
      const fresh = await signUpAndReceive(email, { email, locale: 'en' });
      expect((await app.graphql(CONFIRM, { token: tokenOf(linkIn(fresh, `${PUBLIC_BASE_URL}/newsletter/confirm`)) })).errors).toBeUndefined();
    });

    it('refuses unknown and malformed tokens, and a confirmation token used as a manage token', async () => {
      const unknown = 'A'.repeat(43);
      expect((await app.graphql(CONFIRM, { token: unknown })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOKEN_INVALID' });
      expect((await app.graphql(UNSUBSCRIBE, { token: unknown })).errors?.[0]?.extensions).toMatchObject({ reason: 'TOKEN_INVALID' });
      expect((await app.graphql(CONFIRM, { token: 'short' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token' }] });
      const oneClick = await fetch(`${app.url}/api/newsletter/unsubscribe?token=${unknown}`, { method: 'POST' });
      expect(oneClick.status).toBe(400);
      expect(oneClick.headers.get('content-type')).toContain('application/problem+json');
      expect((await fetch(`${app.url}/newsletter/manage?token=${unknown}`)).status).toBe(400);

      const mail = await signUpAndReceive('mixed@example.test');
      const confirmToken = tokenOf(linkIn(mail, `${PUBLIC_BASE_URL}/newsletter/confirm`));
      expect((await app.graphql(UNSUBSCRIBE, { token: confirmToken })).errors?.[0]?.extensions).toMatchObject({ reason: 'TOKEN_INVALID' });
    });
  });
});
