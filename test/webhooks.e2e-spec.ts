import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ArticleScheduler } from '../src/articles/article-scheduler.service.js';
import { Role } from '../src/auth/index.js';
import { WebhookSender } from '../src/webhooks/webhook-sender.service.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { actAs, outcome } from './support/users.js';
import { WebhookReceiver, type ReceivedWebhook } from './support/webhook-receiver.js';

const SECRET = 'webhook-test-secret-0123456789-abcdefghij';
const FIELDS = 'id storyId slug status version canonicalPath';
const CREATE = `mutation ($input: CreateArticleInput!) { createArticle(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateArticleInput!, $expectedVersion: Int!) { updateArticle(id: $id, input: $input, expectedVersion: $expectedVersion) { ${FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishArticle(id: $id) { ${FIELDS} } }`;
const UNPUBLISH = `mutation ($id: ID!) { unpublishArticle(id: $id) { ${FIELDS} } }`;
const SCHEDULE = `mutation ($id: ID!, $at: DateTime!) { scheduleArticle(id: $id, at: $at) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteArticle(id: $id) }`;
const CREATE_TAG = `mutation ($input: CreateTagInput!) { createTag(input: $input) { id } }`;

interface Saved {
  id: string;
  storyId: string;
  slug: string;
  status: string;
  version: number;
  canonicalPath: string;
}

interface DeliveryRow {
  id: string;
  event_id: string;
  url: string;
  event_type: string;
  status: string;
  attempts: number;
  last_error: string | null;
  last_status_code: number | null;
  due: boolean;
  delivered: boolean;
}

/** What a receiver does: the HMAC-SHA256 of "<timestamp>.<raw body>" with the shared secret, compared in constant time, and a fresh timestamp. */
function verified(webhook: ReceivedWebhook, secret = SECRET): boolean {
  const timestamp = String(webhook.headers['x-redazione-timestamp']);
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${webhook.rawBody}`).digest('hex')}`);
  const given = Buffer.from(String(webhook.headers['x-redazione-signature']));
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && given.length === expected.length && timingSafeEqual(given, expected);
}

describe('webhooks: publishing events delivered to HTTP receivers', () => {
  let first: WebhookReceiver;
  let second: WebhookReceiver;
  let app: TestApp;
  let editor: Record<string, string>;
  let relations: { authorIds: string[]; sectionIds: string[]; tagIds: string[] };

  const deliver = (on: TestApp = app) => on.app.get(WebhookSender).processBatch();
  const run = <T = Record<string, Saved>>(query: string, variables: Record<string, unknown>) => app.graphql<T>(query, variables, editor);

  async function deliveries(articleId?: string): Promise<DeliveryRow[]> {
    return app.dataSource.query(
      `SELECT id, event_id, url, event_type, status, attempts, last_error, last_status_code, next_attempt_at <= now() AS due, delivered_at IS NOT NULL AS delivered
         FROM webhook_delivery WHERE $1::uuid IS NULL OR payload -> 'article' ->> 'id' = $1::text ORDER BY created_at, array_position($2::text[], url::text)`,
      [articleId ?? null, app.config.WEBHOOK_URLS],
    );
  }

  /** Makes every pending delivery due now, instead of waiting for its backoff. */
  async function makeDue(): Promise<void> {
    await app.dataSource.query(`UPDATE webhook_delivery SET next_attempt_at = now() WHERE status = 'PENDING'`);
  }

  async function draft(title = 'Il Consiglio decide sul prezzo dell’energia'): Promise<Saved> {
    const response = await run<{ createArticle: Saved }>(CREATE, { input: { locale: 'it', title, body: '<p>Il Consiglio ha deciso.</p>', ...relations } });
    expect(response.errors).toBeUndefined();
    return response.data!.createArticle;
  }

  async function published(title?: string): Promise<Saved> {
    const response = await run(PUBLISH, { id: (await draft(title)).id });
    expect(response.errors).toBeUndefined();
    return response.data!.publishArticle!;
  }

  /** Delivers what is due and returns what the first receiver got for this article. */
  async function eventsOf(article: Saved): Promise<ReceivedWebhook[]> {
    await deliver();
    return first.received.filter((webhook) => webhook.json.article?.id === article.id);
  }

  beforeAll(async () => {
    [first, second] = await Promise.all([WebhookReceiver.start(), WebhookReceiver.start()]);
    app = await startTestApp({
      env: {
        WEBHOOK_URLS: `${first.url('/api/revalidate')},${second.url('/purge?source=redazione')}`,
        WEBHOOK_SECRET: SECRET,
        WEBHOOK_TIMEOUT_MS: '1500',
        OUTBOX_MAX_ATTEMPTS: '3',
        OUTBOX_RETRY_BASE_MS: '60000',
      },
    });
    editor = (await actAs(app, Role.EDITOR)).headers;
    const [{ id: authorId }] = await app.dataSource.query(`SELECT id FROM author WHERE slug = 'simone-de-la-feld'`);
    const [{ section_id: sectionId }] = await app.dataSource.query(`SELECT section_id FROM section_translation WHERE locale = 'it' AND slug = 'energia'`);
    const [{ tag_id: tagId }] = await app.dataSource.query(`SELECT tag_id FROM tag_translation WHERE locale = 'it' AND slug = 'ucraina'`);
    relations = { authorIds: [authorId], sectionIds: [sectionId], tagIds: [tagId] };
  });

  beforeEach(async () => {
    await deliver(); // nothing a previous test left due reaches this one's receivers
    first.received.length = 0;
    second.received.length = 0;
  });

  afterEach(async () => {
    first.answers.length = 0;
    await first.resume(); // a test that stopped the receiver gets it back
  });

  afterAll(async () => {
    await app?.close();
    await Promise.all([first?.stop(), second?.stop()]);
  });

  it('sends a publication to every URL once, signed over the timestamp and the raw body, with the ids, paths and surrogate keys to purge', async () => {
    const article = await draft();
    expect(await deliveries(article.id)).toEqual([]); // a draft is not public: nothing to announce
    const { data } = await run(PUBLISH, { id: article.id });
    const live = data!.publishArticle!;

    const rows = await deliveries(article.id);
    expect(rows).toEqual([
      expect.objectContaining({ url: first.url('/api/revalidate'), event_type: 'article.published', status: 'PENDING', attempts: 0 }),
      expect.objectContaining({ url: second.url('/purge?source=redazione'), event_type: 'article.published', status: 'PENDING', attempts: 0 }),
    ]);
    expect(rows[0]!.event_id).toBe(rows[1]!.event_id);

    expect(await deliver()).toEqual({ delivered: 2, retried: 0, failed: 0 });
    expect(first.received).toHaveLength(1);
    expect(second.received).toHaveLength(1);
    const [webhook] = first.received as [ReceivedWebhook];
    expect(second.received[0]!.path).toBe('/purge?source=redazione');
    expect(second.received[0]!.rawBody).toBe(webhook.rawBody);
    expect(webhook).toMatchObject({ method: 'POST', path: '/api/revalidate' });
    expect(webhook.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Redazione-Webhooks',
      'x-redazione-event': 'article.published',
      'x-redazione-delivery': rows[0]!.id,
      'x-redazione-timestamp': expect.stringMatching(/^\d{10}$/),
      'x-redazione-signature': expect.stringMatching(/^sha256=[0-9a-f]{64}$/),
    });
    expect(verified(webhook)).toBe(true);
    expect(verified(second.received[0]!)).toBe(true);
    expect(verified(webhook, `${SECRET}-not-it`)).toBe(false);
    expect(verified({ ...webhook, rawBody: webhook.rawBody.replace('article.published', 'article.deleted') })).toBe(false);

    expect(webhook.json).toEqual({
      id: rows[0]!.event_id,
      type: 'article.published',
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      article: { id: live.id, storyId: live.storyId, locale: 'it', slug: live.slug, path: live.canonicalPath },
      paths: expect.arrayContaining([live.canonicalPath, '/it', '/it/tag/ucraina']),
      surrogateKeys: expect.arrayContaining([live.id, live.storyId, 'articles-it']),
    });
    expect(live.canonicalPath).toBe(`/it/energia/${live.slug}`);
    expect(Math.abs(Date.parse(webhook.json.occurredAt) - Date.now())).toBeLessThan(60_000);

    expect(await deliveries(article.id)).toEqual([
      expect.objectContaining({ status: 'DELIVERED', attempts: 1, last_status_code: 200, last_error: null, delivered: true }),
      expect.objectContaining({ status: 'DELIVERED', attempts: 1, last_status_code: 200, last_error: null, delivered: true }),
    ]);
    expect(await deliver()).toEqual({ delivered: 0, retried: 0, failed: 0 });
  });

  it('announces an update of a published article, its unpublishing and its deletion, but not the edits of a draft', async () => {
    const article = await published();
    const [announced] = await eventsOf(article);
    expect(announced!.json.type).toBe('article.published');

    const edited = await run(UPDATE, { id: article.id, input: { title: 'Il Consiglio ha deciso il prezzo' }, expectedVersion: article.version });
    expect(edited.errors).toBeUndefined();
    const updates = (await eventsOf(article)).filter((webhook) => webhook.json.type === 'article.updated');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.headers['x-redazione-event']).toBe('article.updated');
    expect(updates[0]!.json.article).toMatchObject({ id: article.id, path: article.canonicalPath });
    expect(verified(updates[0]!)).toBe(true);

    const unpublished = await run(UNPUBLISH, { id: article.id });
    expect(unpublished.errors).toBeUndefined();
    const takenDown = (await eventsOf(article)).filter((webhook) => webhook.json.type === 'article.unpublished');
    expect(takenDown).toHaveLength(1);
    // The path it had, so the page that showed it can be purged.
    expect(takenDown[0]!.json).toMatchObject({ article: { id: article.id, path: article.canonicalPath }, paths: expect.arrayContaining([article.canonicalPath]) });

    // Unpublished, it is a draft again: editing it announces nothing, deleting it neither.
    const before = first.received.length;
    expect((await run(UPDATE, { id: article.id, input: { title: 'Bozza rivista' }, expectedVersion: unpublished.data!.unpublishArticle!.version })).errors).toBeUndefined();
    expect((await run(DELETE, { id: article.id })).errors).toBeUndefined();
    expect(await deliver()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(first.received).toHaveLength(before);

    const live = await published('Un pezzo che verrà cancellato');
    await eventsOf(live);
    expect((await run(DELETE, { id: live.id })).data).toEqual({ deleteArticle: true });
    const deleted = (await eventsOf(live)).filter((webhook) => webhook.json.type === 'article.deleted');
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.json).toMatchObject({ article: { id: live.id, storyId: live.storyId, path: live.canonicalPath }, surrogateKeys: expect.arrayContaining([live.id, live.storyId]) });
    expect(second.received.map((webhook) => webhook.json.type)).toEqual(first.received.map((webhook) => webhook.json.type));
  });

  it('announces a publication by the scheduler', async () => {
    const article = await draft('Un pezzo programmato');
    expect((await run(SCHEDULE, { id: article.id, at: new Date(Date.now() + 3_600_000).toISOString() })).errors).toBeUndefined();
    expect(await eventsOf(article)).toEqual([]);
    await app.dataSource.query(`UPDATE article SET scheduled_at = now() - interval '1 second' WHERE id = $1`, [article.id]);
    expect((await app.app.get(ArticleScheduler).runOnce()).published).toEqual([article.id]);
    const events = await eventsOf(article);
    expect(events.map((webhook) => webhook.json.type)).toEqual(['article.published']);
    expect(verified(events[0]!)).toBe(true);
  });

  it('announces taxonomy changes too, with the surrogate key of everything that shows sections, tags and authors', async () => {
    expect(outcome(await run(CREATE_TAG, { input: { translations: [{ locale: 'it', name: 'Idrogeno verde' }] } }))).toBe('OK');
    await deliver();
    const [event] = first.ofType('taxonomy.updated');
    expect(event?.json).toEqual({ id: expect.any(String), type: 'taxonomy.updated', occurredAt: expect.any(String), paths: [], surrogateKeys: ['taxonomy'] });
    expect(verified(event!)).toBe(true);
  });

  it('writes no delivery for a mutation that fails: the deliveries commit or roll back with the change', async () => {
    const article = await published();
    await eventsOf(article);
    const rowsBefore = (await deliveries()).length;
    const stale = await run(UPDATE, { id: article.id, input: { title: 'Una modifica persa' }, expectedVersion: article.version + 1 });
    expect(outcome(stale)).toBe('CONFLICT');
    const other = await published('Un altro pezzo');
    const taken = await run(UPDATE, { id: other.id, input: { slug: article.slug }, expectedVersion: other.version });
    expect(outcome(taken)).toBe('CONFLICT');
    expect((await deliveries()).length).toBe(rowsBefore + 2); // the publication of "Un altro pezzo" only, to both URLs
    expect((await deliveries(article.id)).every((row) => row.event_type === 'article.published')).toBe(true);
  });

  it('delivers one URL’s events in the order they happened', async () => {
    const article = await published('Un pezzo in tre tempi');
    await run(UPDATE, { id: article.id, input: { title: 'Un pezzo in tre tempi, rivisto' }, expectedVersion: article.version });
    await run(UNPUBLISH, { id: article.id });
    const events = await eventsOf(article);
    expect(events.map((webhook) => webhook.json.type)).toEqual(['article.published', 'article.updated', 'article.unpublished']);
    const occurred = events.map((webhook) => Date.parse(webhook.json.occurredAt));
    expect([...occurred].sort((a, b) => a - b)).toEqual(occurred);
  });

  it('retries a delivery the receiver answered with 500, with the same event and delivery id, once it is due again', async () => {
    first.answers.push({ status: 500, body: 'Internal Server Error: the revalidation queue is full' });
    const article = await published();
    expect(await deliver()).toEqual({ delivered: 1, retried: 1, failed: 0 });
    const [failing, delivered] = await deliveries(article.id);
    expect(delivered).toMatchObject({ url: second.url('/purge?source=redazione'), status: 'DELIVERED' });
    expect(failing).toMatchObject({ url: first.url('/api/revalidate'), status: 'PENDING', attempts: 1, last_status_code: 500, due: false, delivered: false });
    expect(failing!.last_error).toContain('HTTP 500: Internal Server Error: the revalidation queue is full');

    expect(await deliver()).toEqual({ delivered: 0, retried: 0, failed: 0 }); // backing off: not due yet
    await makeDue();
    expect(await deliver()).toEqual({ delivered: 1, retried: 0, failed: 0 });
    const attempts = first.received.filter((webhook) => webhook.json.article?.id === article.id);
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.rawBody).toBe(attempts[0]!.rawBody);
    expect(attempts.map((webhook) => webhook.headers['x-redazione-delivery'])).toEqual([failing!.id, failing!.id]);
    expect(verified(attempts[1]!)).toBe(true);
    expect((await deliveries(article.id))[0]).toMatchObject({ status: 'DELIVERED', attempts: 2, last_status_code: 200, last_error: null });
  });

  it('retries while the receiver is down, with a growing delay, and marks the delivery FAILED after OUTBOX_MAX_ATTEMPTS', async () => {
    await first.stop();
    const article = await published();
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await makeDue();
      await deliver();
      const [{ delay }] = await app.dataSource.query(
        `SELECT extract(epoch FROM next_attempt_at - now()) AS delay FROM webhook_delivery WHERE url = $1 AND payload -> 'article' ->> 'id' = $2`,
        [first.url('/api/revalidate'), article.id],
      );
      delays.push(Number(delay));
    }
    expect(delays[1]!).toBeGreaterThan(delays[0]! * 1.5);
    const [failed] = await deliveries(article.id);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 3, last_status_code: null, delivered: false });
    expect(failed!.last_error).toMatch(/ECONNREFUSED/);
    await first.resume();
    await makeDue();
    await deliver();
    expect(first.received.filter((webhook) => webhook.json.article?.id === article.id)).toEqual([]);
  });

  it('gives up at once on 410 Gone, and retries a timeout, a redirect (never followed) and any other 4xx', async () => {
    first.answers.push({ status: 410 });
    const gone = await published('Per un ricevitore che non c’è più');
    expect(await deliver()).toMatchObject({ failed: 1 });
    expect((await deliveries(gone.id))[0]).toMatchObject({ status: 'FAILED', attempts: 1, last_status_code: 410 });

    first.answers.push({ status: 200, delayMs: 10_000 }, { status: 302, headers: { location: second.url('/elsewhere') } }, { status: 401, body: 'bad signature' });
    const article = await published('Per un ricevitore lento');
    const outcomes: DeliveryRow[] = [];
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await makeDue();
      await deliver();
      outcomes.push((await deliveries(article.id))[0]!);
    }
    expect(outcomes[0]!.last_error).toMatch(/timeout|aborted/i);
    expect(outcomes[0]!.last_status_code).toBeNull();
    expect(outcomes[1]).toMatchObject({ status: 'PENDING', last_status_code: 302 });
    expect(second.received.filter((webhook) => webhook.path === '/elsewhere')).toEqual([]);
    expect(outcomes[2]).toMatchObject({ status: 'FAILED', attempts: 3, last_status_code: 401, last_error: 'HTTP 401: bad signature' });
  });

  it('caps what it reads of a failed answer', async () => {
    first.answers.push({ status: 503, body: 'x'.repeat(5_000_000) });
    const article = await published('Per un ricevitore prolisso');
    await deliver();
    const [row] = await deliveries(article.id);
    expect(row).toMatchObject({ status: 'PENDING', last_status_code: 503 });
    expect(row!.last_error!.length).toBeLessThanOrEqual(1000);
  });

  it('delivers each event exactly once when two app instances process the outbox at the same time', async () => {
    const other = await startTestApp({
      databaseUrl: (app.dataSource.options as { url: string }).url,
      env: { WEBHOOK_URLS: app.config.WEBHOOK_URLS.join(','), WEBHOOK_SECRET: SECRET, OUTBOX_BATCH_SIZE: '3' },
    });
    try {
      const articles: Saved[] = [];
      for (let index = 0; index < 6; index += 1) articles.push(await published(`Un pezzo concorrente ${index}`));
      for (let round = 0; round < 5; round += 1) await Promise.all([deliver(app), deliver(other), deliver(app), deliver(other)]);
      const ids = new Set(articles.map((article) => article.id));
      for (const receiver of [first, second]) {
        const got = receiver.received.filter((webhook) => ids.has(webhook.json.article?.id));
        expect(got).toHaveLength(6);
        expect(new Set(got.map((webhook) => webhook.headers['x-redazione-delivery'])).size).toBe(6);
      }
      const rows = (await Promise.all(articles.map((article) => deliveries(article.id)))).flat();
      expect(rows).toHaveLength(12);
      expect(rows.every((row) => row.status === 'DELIVERED' && row.attempts === 1)).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('delivers by itself when the polling loop is on', async () => {
    const polling = await startTestApp({ env: { WEBHOOK_URLS: second.url('/polled'), WEBHOOK_SECRET: SECRET, OUTBOX_POLL_INTERVAL_MS: '50' } });
    try {
      const headers = (await actAs(polling, Role.EDITOR)).headers;
      const created = await polling.graphql<{ createArticle: Saved }>(CREATE, { input: { locale: 'it', title: 'Pubblicato e annunciato da solo' } }, headers);
      expect((await polling.graphql(PUBLISH, { id: created.data!.createArticle.id }, headers)).errors).toBeUndefined();
      const arrived = () => second.received.filter((webhook) => webhook.path === '/polled');
      for (let wait = 0; wait < 200 && arrived().length === 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(arrived().map((webhook) => webhook.json.type)).toEqual(['article.published']);
      expect(verified(arrived()[0]!)).toBe(true);
    } finally {
      await polling.close();
    }
  });
});

describe('webhooks: off without WEBHOOK_URLS', () => {
  it('writes no delivery and sends nothing', async () => {
    const app = await startTestApp();
    try {
      const headers = (await actAs(app, Role.EDITOR)).headers;
      const created = await app.graphql<{ createArticle: Saved }>(CREATE, { input: { locale: 'it', title: 'Senza webhook' } }, headers);
      expect((await app.graphql(PUBLISH, { id: created.data!.createArticle.id }, headers)).errors).toBeUndefined();
      expect(await app.dataSource.query(`SELECT id FROM webhook_delivery`)).toEqual([]);
      expect(await app.app.get(WebhookSender).processBatch()).toEqual({ delivered: 0, retried: 0, failed: 0 });
    } finally {
      await app.close();
    }
  });
});
