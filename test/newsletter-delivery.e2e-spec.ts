import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { deliver, PUBLIC_BASE_URL, subscribeOverGraphQL } from './support/newsletter.js';
import { recipientsOf, SmtpTestServer } from './support/smtp-test-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface OutboxRow {
  recipient: string;
  status: string;
  attempts: number;
  last_error: string | null;
  due: boolean;
  html: string;
}

async function outbox(app: TestApp, recipients: string[]): Promise<OutboxRow[]> {
  return app.dataSource.query(
    `SELECT recipient, status, attempts, last_error, next_attempt_at <= now() AS due, html FROM outbox_message WHERE recipient = ANY($1) ORDER BY recipient`,
    [recipients],
  );
}

/** Makes every pending message due now, instead of waiting for its backoff. */
async function makeDue(app: TestApp): Promise<void> {
  await app.dataSource.query(`UPDATE outbox_message SET next_attempt_at = now() WHERE status = 'PENDING'`);
}

async function signUp(app: TestApp, emails: string[]): Promise<void> {
  for (const email of emails) expect((await subscribeOverGraphQL(app, { email })).errors).toBeUndefined();
}

function addresses(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `${prefix}-${index}@example.test`);
}

describe('newsletter: outbox delivery over SMTP', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await SmtpTestServer.start();
    app = await startTestApp({
      env: { SMTP_URL: smtp.url, PUBLIC_BASE_URL, OUTBOX_BATCH_SIZE: '4', OUTBOX_MAX_ATTEMPTS: '3', OUTBOX_RETRY_BASE_MS: '60000', NEWSLETTER_SIGNUP_LIMIT_PER_IP: '1000' },
    });
  });

  afterEach(async () => {
    await smtp.resume(); // a test that stopped the server gets it back
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.stop();
  });

  it('writes the email in the same transaction as the sign-up: a refused sign-up leaves neither', async () => {
    await subscribeOverGraphQL(app, { email: 'refused@example.test', lists: ['no-such-list'] });
    expect(await outbox(app, ['refused@example.test'])).toEqual([]);
    await signUp(app, ['accepted@example.test']);
    expect(await outbox(app, ['accepted@example.test'])).toMatchObject([{ status: 'PENDING', attempts: 0 }]);
    await deliver(app);
  });

  it('loses no email and sends none twice when the SMTP server goes down mid-run and comes back', async () => {
    const before = addresses('before-outage', 3);
    const during = addresses('during-outage', 3);
    await signUp(app, before);
    expect(await deliver(app)).toMatchObject({ sent: 3, retried: 0 });

    await smtp.stop();
    await signUp(app, during);
    expect(await deliver(app)).toMatchObject({ sent: 0, retried: 3 });
    const waiting = await outbox(app, during);
    expect(waiting).toEqual(during.map((recipient) => expect.objectContaining({ recipient, status: 'PENDING', attempts: 1, due: false, last_error: expect.any(String) })));
    expect(await deliver(app)).toMatchObject({ sent: 0, retried: 0 }); // backing off: nothing is due yet

    await smtp.resume();
    await makeDue(app);
    expect(await deliver(app)).toMatchObject({ sent: 3, retried: 0 });
    expect(await deliver(app)).toMatchObject({ sent: 0 });

    const received = smtp.messages.flatMap(recipientsOf).filter((address) => [...before, ...during].includes(address));
    expect(received.sort()).toEqual([...before, ...during].sort());
    const messageIds = smtp.messages.map((mail) => mail.messageId);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    // Delivered messages keep their record but not the body with its live links.
    expect(await outbox(app, during)).toEqual(during.map((recipient) => expect.objectContaining({ recipient, status: 'SENT', html: '' })));
  });

  it('retries with a growing delay, then marks the message FAILED after OUTBOX_MAX_ATTEMPTS', async () => {
    const [email] = addresses('never', 1) as [string];
    await smtp.stop();
    await signUp(app, [email]);
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await makeDue(app);
      await deliver(app);
      const [{ delay }] = await app.dataSource.query(`SELECT extract(epoch FROM next_attempt_at - now()) AS delay FROM outbox_message WHERE recipient = $1`, [email]);
      delays.push(Number(delay));
    }
    expect(delays[1]!).toBeGreaterThan(delays[0]! * 1.5);
    expect(await outbox(app, [email])).toMatchObject([{ status: 'FAILED', attempts: 3 }]);
    await smtp.resume();
    await makeDue(app);
    await deliver(app);
    expect(smtp.to(email)).toEqual([]);
  });

  it('marks a message FAILED at once when the server refuses the recipient for good (5xx)', async () => {
    smtp.rejected.add('bounce@example.test');
    await signUp(app, ['bounce@example.test']);
    expect(await deliver(app)).toMatchObject({ failed: 1 });
    expect(await outbox(app, ['bounce@example.test'])).toMatchObject([{ status: 'FAILED', attempts: 1, last_error: expect.stringContaining('550') }]);
  });

  it('delivers each message exactly once when two app instances process the outbox at the same time', async () => {
    const second = await startTestApp({ databaseUrl: (app.dataSource.options as { url: string }).url, env: { SMTP_URL: smtp.url, OUTBOX_BATCH_SIZE: '3' } });
    try {
      const emails = addresses('concurrent', 12);
      await signUp(app, emails);
      for (let round = 0; round < 6; round += 1) await Promise.all([deliver(app), deliver(second), deliver(app), deliver(second)]);
      const received = smtp.messages.flatMap(recipientsOf).filter((address) => emails.includes(address));
      expect(received.sort()).toEqual([...emails].sort());
      expect((await outbox(app, emails)).every((row) => row.status === 'SENT' && row.attempts === 1)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('delivers by itself when the polling loop is on, and stops it on shutdown', async () => {
    const polling = await startTestApp({ env: { SMTP_URL: smtp.url, OUTBOX_POLL_INTERVAL_MS: '50' } });
    try {
      await signUp(polling, ['polled@example.test']);
      for (let wait = 0; wait < 200 && smtp.to('polled@example.test').length === 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(smtp.to('polled@example.test')).toHaveLength(1);
    } finally {
      await polling.close();
    }
  });
});

describe('newsletter: development mode (no SMTP_URL)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { PUBLIC_BASE_URL } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('logs each message once with its links and keeps it in the outbox', async () => {
    await signUp(app, ['dev@example.test', 'dev2@example.test']);
    expect(await deliver(app)).toMatchObject({ logged: 2, sent: 0 });
    expect(await deliver(app)).toMatchObject({ logged: 0 });
    await signUp(app, ['dev3@example.test']);
    expect(await deliver(app)).toMatchObject({ logged: 1 });
    expect(await outbox(app, ['dev@example.test', 'dev2@example.test', 'dev3@example.test'])).toEqual([
      expect.objectContaining({ status: 'PENDING', attempts: 0 }),
      expect.objectContaining({ status: 'PENDING', attempts: 0 }),
      expect.objectContaining({ status: 'PENDING', attempts: 0 }),
    ]);
  });
});
