import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PUBLIC_BASE_URL, subscribeOverGraphQL, subscribeOverRest, subscriberRow, tokenFromOutbox } from './support/newsletter.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const CONFIRM = `mutation ($token: String!) { confirmNewsletterSubscription(token: $token) { status } }`;
const UNSUBSCRIBE = `mutation ($token: String!) { unsubscribeFromNewsletter(token: $token) { status } }`;
const ROUNDS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function outboxCount(app: TestApp, email: string): Promise<number> {
  const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM outbox_message WHERE recipient = $1`, [email]);
  return count as number;
}

/**
 * No endpoint tells whether an address is subscribed. Mail stays in the outbox here (no SMTP_URL,
 * development mode), where the tests read the links.
 */
describe('newsletter: enumeration resistance', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { PUBLIC_BASE_URL, NEWSLETTER_SIGNUP_LIMIT_PER_IP: '10000', NEWSLETTER_SIGNUP_LIMIT_PER_EMAIL: '10000' } });
  });

  afterAll(async () => {
    await app?.close();
  });

  async function makePending(email: string): Promise<void> {
    expect((await subscribeOverGraphQL(app, { email })).errors).toBeUndefined();
  }

  async function makeActive(email: string): Promise<void> {
    await makePending(email);
    expect((await app.graphql(CONFIRM, { token: await tokenFromOutbox(app, email, '/newsletter/confirm') })).errors).toBeUndefined();
  }

  async function makeUnsubscribed(email: string): Promise<void> {
    await makeActive(email);
    expect((await app.graphql(UNSUBSCRIBE, { token: await tokenFromOutbox(app, email, '/newsletter/manage') })).errors).toBeUndefined();
  }

  const STATES: Record<string, (email: string) => Promise<void>> = {
    new: async () => undefined,
    pending: makePending,
    active: makeActive,
    unsubscribed: makeUnsubscribed,
  };

  it('answers a new, pending, active or unsubscribed address alike, over REST and GraphQL, and mails each once', async () => {
    const answers: string[] = [];
    for (const [state, prepare] of Object.entries(STATES)) {
      const email = `${state}-same@example.test`;
      await prepare(email);
      const mailsBefore = await outboxCount(app, email);
      const rest = await subscribeOverRest(app, { email, locale: 'en' });
      const graphql = await subscribeOverGraphQL(app, { email, locale: 'en' });
      answers.push(JSON.stringify({ rest, graphql: { status: graphql.status, data: graphql.data, errors: graphql.errors } }));
      expect(await outboxCount(app, email)).toBe(mailsBefore + 2);
    }
    expect(new Set(answers).size).toBe(1);
    expect(JSON.parse(answers[0]!).rest.status).toBe(202);
  });

  it('takes roughly the same time for known and unknown addresses (medians within a generous factor)', async () => {
    const timings: Record<string, number[]> = {};
    for (const [state, prepare] of Object.entries(STATES)) {
      const emails = Array.from({ length: ROUNDS }, (_, round) => `${state}-timing-${round}@example.test`);
      for (const email of emails) await prepare(email);
      timings[state] = [];
      for (const email of emails) {
        const started = performance.now();
        expect((await subscribeOverRest(app, { email })).status).toBe(202);
        timings[state]!.push(performance.now() - started);
      }
    }
    const medians = Object.values(timings).map(median);
    // Other test files share this machine: only a gross difference (a path that skips the database
    // or the mail) would show, which is what this guards against.
    expect(Math.max(...medians)).toBeLessThan(Math.min(...medians) * 4 + 25);
  });
});

describe('newsletter: sign-up rate limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { NEWSLETTER_SIGNUP_LIMIT_PER_IP: '4', NEWSLETTER_SIGNUP_LIMIT_PER_EMAIL: '2' } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('limits attempts per address (normalized) and then per client IP, with RATE_LIMITED on REST and GraphQL', async () => {
    expect((await subscribeOverRest(app, { email: 'busy@example.test' })).status).toBe(202);
    expect((await subscribeOverRest(app, { email: ' BUSY@example.test' })).status).toBe(202);
    const perEmail = await subscribeOverRest(app, { email: 'busy@example.test' });
    expect(perEmail.status).toBe(429);
    expect(perEmail.body).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });

    expect((await subscribeOverRest(app, { email: 'other@example.test' })).status).toBe(202);
    const perIp = await subscribeOverGraphQL(app, { email: 'third@example.test' });
    expect(perIp.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await subscriberRow(app, 'third@example.test')).toBeUndefined();
  });
});
