import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Role } from '../src/auth/entities/user.entity.js';
import { Action } from '../src/auth/permissions.js';
import { CsvLineParser } from '../src/newsletter/csv/csv-parser.js';
import { csvRow } from '../src/newsletter/csv/csv-writer.js';
import { SubscriberExportService } from '../src/newsletter/subscriber-export.service.js';
import { PUBLIC_BASE_URL, subscribeOverGraphQL, subscriberRow } from './support/newsletter.js';
import { startTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';
import { roleMatrix, type Caller, type MatrixOperation } from './support/role-matrix.js';
import { actAs, outcome } from './support/users.js';

const LIST_FIELDS = 'id key frequency active position translations { locale name description }';
const CREATE_LIST = `mutation ($input: CreateNewsletterListInput!) { createNewsletterList(input: $input) { ${LIST_FIELDS} } }`;
const UPDATE_LIST = `mutation ($id: ID!, $input: UpdateNewsletterListInput!) { updateNewsletterList(id: $id, input: $input) { ${LIST_FIELDS} } }`;
const DEACTIVATE_LIST = `mutation ($id: ID!) { deactivateNewsletterList(id: $id) { ${LIST_FIELDS} } }`;
const NEWSROOM_LISTS = `{ newsroomNewsletterLists { ${LIST_FIELDS} } }`;
const SUBSCRIBERS = `query ($list: String, $status: NewsletterSubscriberStatus, $search: String, $first: Int, $after: String) {
  newsletterSubscribers(list: $list, status: $status, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { email status locale lists consentSource } } } }`;
const COUNTS = `{ newsletterSubscriberCounts { list status count } }`;
const EXPORT_DATA = `query ($email: String!) { exportSubscriberData(email: $email) {
  email erased subscriber { email status locale lists consentAt consentText consentVersion consentSource confirmedAt }
  subscriptions { list subscribedAt } tokens { purpose createdAt expiresAt usedAt } emails { id subject status attempts createdAt sentAt } } }`;
const ERASE = `mutation ($email: String!) { eraseSubscriber(email: $email) { email subscriberFound emailsDeleted } }`;
const IMPORT = `mutation ($csv: String!, $lists: [String!]!) { importNewsletterSubscribers(csv: $csv, lists: $lists) {
  rows created confirmationsSent updated unchanged rejectedCount rejected { line email reason } } }`;

type Headers = Record<string, string>;
type Page = { newsletterSubscribers: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Record<string, unknown> }[] } };
type ImportReport = { rows: number; created: number; confirmationsSent: number; updated: number; unchanged: number; rejectedCount: number; rejected: { line: number; email: string | null; reason: string }[] };

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** The `code` of a REST problem+json answer, or OK for a 2xx. */
async function restOutcome(response: Response): Promise<string> {
  if (response.ok) {
    await response.arrayBuffer();
    return 'OK';
  }
  return ((await response.json()) as { code: string }).code;
}

/** A GET read as the socket delivers it: the body and how many chunks it came in. */
function rawDownload(url: string, headers: Headers): Promise<{ status: number; headers: Record<string, unknown>; body: string; chunks: number }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      let body = '';
      let chunks = 0;
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        chunks += 1;
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body, chunks }));
    })
      .on('error', reject)
      .end();
  });
}

function parseCsvText(text: string): string[][] {
  const parser = new CsvLineParser();
  return [...parser.push(text), ...parser.end()].map((record) => {
    if (record.error) throw new Error(`line ${record.line}: ${record.error}`);
    return record.fields;
  });
}

describe('newsletter: the newsroom side', () => {
  let app: TestApp;
  const headersOf = new Map<Caller, Headers>();
  const admin = () => headersOf.get(Role.ADMIN)!;
  const editor = () => headersOf.get(Role.EDITOR)!;
  const asAdmin = <T>(query: string, variables: Record<string, unknown> = {}) => app.graphql<T>(query, variables, admin());

  beforeAll(async () => {
    app = await startTestApp({
      env: { PUBLIC_BASE_URL, LOGIN_MAX_ATTEMPTS_PER_IP: '1000', NEWSLETTER_SIGNUP_LIMIT_PER_IP: '1000', NEWSLETTER_SIGNUP_LIMIT_PER_EMAIL: '1000' },
    });
    headersOf.set('anonymous', {});
    for (const role of Object.values(Role)) headersOf.set(role, (await actAs(app, role)).headers);
  });

  afterAll(async () => {
    await app?.close();
  });

  const listInput = (key = unique('list')) => ({
    key,
    frequency: 'WEEKLY',
    translations: [
      { locale: 'it', name: 'Cultura', description: 'Ogni settimana' },
      { locale: 'en', name: 'Culture' },
    ],
  });

  async function createList(key?: string): Promise<{ id: string; key: string }> {
    const { data, errors } = await asAdmin<{ createNewsletterList: { id: string; key: string } }>(CREATE_LIST, { input: listInput(key) });
    if (!data) throw new Error(JSON.stringify(errors));
    return data.createNewsletterList;
  }

  async function outboxCount(email: string): Promise<number> {
    const [{ count }] = await app.dataSource.query(`SELECT count(*)::int AS count FROM outbox_message WHERE recipient = $1`, [email]);
    return count as number;
  }

  function importCsv(csv: string, lists = ['daily-it']): Promise<GraphQLResponse<{ importNewsletterSubscribers: ImportReport }>> {
    return asAdmin(IMPORT, { csv, lists });
  }

  describe('who may do what', () => {
    /** Every newsroom operation, with the action of the permission table it needs; `run` answers the error code or OK. */
    const operations: MatrixOperation[] = [
      { name: 'newsroomNewsletterLists', action: Action.ManageNewsletters, run: async (headers) => outcome(await app.graphql(NEWSROOM_LISTS, {}, headers)) },
      { name: 'createNewsletterList', action: Action.ManageNewsletters, run: async (headers) => outcome(await app.graphql(CREATE_LIST, { input: listInput() }, headers)) },
      {
        name: 'updateNewsletterList',
        action: Action.ManageNewsletters,
        run: async (headers) => outcome(await app.graphql(UPDATE_LIST, { id: (await createList()).id, input: { position: 9 } }, headers)),
      },
      {
        name: 'deactivateNewsletterList',
        action: Action.ManageNewsletters,
        run: async (headers) => outcome(await app.graphql(DEACTIVATE_LIST, { id: (await createList()).id }, headers)),
      },
      { name: 'newsletterSubscribers', action: Action.ManageNewsletters, run: async (headers) => outcome(await app.graphql(SUBSCRIBERS, { first: 1 }, headers)) },
      { name: 'newsletterSubscriberCounts', action: Action.ManageNewsletters, run: async (headers) => outcome(await app.graphql(COUNTS, {}, headers)) },
      { name: 'exportSubscriberData', action: Action.ExportSubscribers, run: async (headers) => outcome(await app.graphql(EXPORT_DATA, { email: 'nobody@example.test' }, headers)) },
      { name: 'GET subscribers.csv', action: Action.ExportSubscribers, run: async (headers) => restOutcome(await fetch(`${app.url}/api/newsletter/subscribers.csv`, { headers })) },
      { name: 'eraseSubscriber', action: Action.EraseSubscribers, run: async (headers) => outcome(await app.graphql(ERASE, { email: `${unique('gone')}@example.test` }, headers)) },
      {
        name: 'importNewsletterSubscribers',
        action: Action.ImportSubscribers,
        run: async (headers) => outcome(await app.graphql(IMPORT, { csv: `email\r\n${unique('matrix')}@example.test\r\n`, lists: ['daily-it'] }, headers)),
      },
      {
        name: 'POST subscribers/import',
        action: Action.ImportSubscribers,
        run: async (headers) =>
          restOutcome(
            await fetch(`${app.url}/api/newsletter/subscribers/import?lists=daily-it`, {
              method: 'POST',
              headers: { ...headers, 'content-type': 'text/csv' },
              body: `email\r\n${unique('matrix')}@example.test\r\n`,
            }),
          ),
      },
    ];

    it('allows each operation to exactly the roles the permission table grants its action', async () => {
      const { expected, actual } = await roleMatrix(operations, headersOf);
      expect(actual).toEqual(expected);
    });
  });

  describe('lists', () => {
    it('creates a localized list that readers see in their language, and refuses a taken key', async () => {
      const key = unique('cultura');
      const created = await app.graphql<{ createNewsletterList: Record<string, unknown> }>(CREATE_LIST, { input: { ...listInput(key), position: 5 } }, editor());
      expect(created.data?.createNewsletterList).toEqual({
        id: expect.any(String),
        key,
        frequency: 'WEEKLY',
        active: true,
        position: 5,
        translations: [
          { locale: 'en', name: 'Culture', description: null },
          { locale: 'it', name: 'Cultura', description: 'Ogni settimana' },
        ],
      });
      const publicLists = await app.graphql<{ newsletterLists: { key: string; name: string }[] }>(`{ newsletterLists(locale: "en") { key name } }`);
      expect(publicLists.data?.newsletterLists).toContainEqual({ key, name: 'Culture' });
      const taken = await app.graphql(CREATE_LIST, { input: listInput(key) }, editor());
      expect(taken.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'key' } });
    });

    it('validates the input: key shape, the default locale’s name, known and distinct locales', async () => {
      const fieldsOf = (response: GraphQLResponse<unknown>) => (response.errors?.[0]?.extensions?.fields as { field: string }[] | undefined)?.map((problem) => problem.field);
      const badKey = await app.graphql(CREATE_LIST, { input: { ...listInput(), key: 'Not A Key' } }, editor());
      expect([outcome(badKey), fieldsOf(badKey)]).toEqual(['BAD_USER_INPUT', ['input.key']]);
      const noDefault = await app.graphql(CREATE_LIST, { input: { ...listInput(), translations: [{ locale: 'en', name: 'Only English' }] } }, editor());
      expect([outcome(noDefault), fieldsOf(noDefault)]).toEqual(['BAD_USER_INPUT', ['input.translations']]);
      const unknownLocale = await app.graphql(CREATE_LIST, { input: { ...listInput(), translations: [{ locale: 'it', name: 'X' }, { locale: 'fr', name: 'Y' }] } }, editor());
      expect([outcome(unknownLocale), fieldsOf(unknownLocale)]).toEqual(['BAD_USER_INPUT', ['input.translations.1.locale']]);
      const twice = await app.graphql(CREATE_LIST, { input: { ...listInput(), translations: [{ locale: 'it', name: 'X' }, { locale: 'it', name: 'Y' }] } }, editor());
      expect(outcome(twice)).toBe('BAD_USER_INPUT');
      const emptyName = await app.graphql(CREATE_LIST, { input: { ...listInput(), translations: [{ locale: 'it', name: '   ' }] } }, editor());
      expect(outcome(emptyName)).toBe('BAD_USER_INPUT');
    });

    it('updates the given fields and upserts translations by locale; an unknown id is NOT_FOUND', async () => {
      const list = await createList();
      const updated = await app.graphql<{ updateNewsletterList: Record<string, unknown> }>(
        UPDATE_LIST,
        { id: list.id, input: { frequency: 'DAILY', translations: [{ locale: 'en', name: 'Culture daily', description: 'Every day' }] } },
        editor(),
      );
      expect(updated.data?.updateNewsletterList).toMatchObject({
        key: list.key,
        frequency: 'DAILY',
        translations: [
          { locale: 'en', name: 'Culture daily', description: 'Every day' },
          { locale: 'it', name: 'Cultura', description: 'Ogni settimana' },
        ],
      });
      expect(outcome(await app.graphql(UPDATE_LIST, { id: '00000000-0000-4000-8000-000000000000', input: { position: 1 } }, editor()))).toBe('NOT_FOUND');
      expect(outcome(await app.graphql(UPDATE_LIST, { id: 'nope', input: {} }, editor()))).toBe('BAD_USER_INPUT');
    });

    it('deactivates a list: readers no longer see or join it, the newsroom still does, and it can come back', async () => {
      const list = await createList();
      const deactivated = await app.graphql<{ deactivateNewsletterList: { active: boolean } }>(DEACTIVATE_LIST, { id: list.id }, editor());
      expect(deactivated.data?.deactivateNewsletterList.active).toBe(false);
      const publicLists = await app.graphql<{ newsletterLists: { key: string }[] }>(`{ newsletterLists(locale: "it") { key } }`);
      expect(publicLists.data?.newsletterLists.map((item) => item.key)).not.toContain(list.key);
      expect(outcome(await subscribeOverGraphQL(app, { email: `${unique('late')}@example.test`, lists: [list.key] }))).toBe('BAD_USER_INPUT');
      const newsroom = await app.graphql<{ newsroomNewsletterLists: { key: string; active: boolean }[] }>(NEWSROOM_LISTS, {}, editor());
      expect(newsroom.data?.newsroomNewsletterLists).toContainEqual(expect.objectContaining({ key: list.key, active: false }));
      expect(outcome(await app.graphql(DEACTIVATE_LIST, { id: list.id }, editor()))).toBe('OK');
      const back = await app.graphql<{ updateNewsletterList: { active: boolean } }>(UPDATE_LIST, { id: list.id, input: { active: true } }, editor());
      expect(back.data?.updateNewsletterList.active).toBe(true);
    });
  });

  describe('subscribers and counts', () => {
    let listKey: string;
    const domain = `${unique('dir')}.example`;

    beforeAll(async () => {
      const list = await createList();
      listKey = list.key;
      // 25 subscribers of one list (9 ACTIVE, 8 PENDING, 8 UNSUBSCRIBED), 5 per second: ties on created_at are broken by id.
      await app.dataSource.query(
        `WITH created AS (
           INSERT INTO newsletter_subscriber (email, locale, status, created_at)
           SELECT 'reader' || n || '@' || $1, 'it', (ARRAY['PENDING', 'ACTIVE', 'UNSUBSCRIBED'])[1 + n % 3], '2026-01-01'::timestamptz + (n / 5) * interval '1 second'
             FROM generate_series(1, 25) AS n RETURNING id)
         INSERT INTO newsletter_subscription (subscriber_id, list_id) SELECT id, $2 FROM created`,
        [domain, list.id],
      );
    });

    async function allPages(variables: Record<string, unknown>): Promise<{ emails: string[]; total: number }> {
      const emails: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const page: GraphQLResponse<Page> = await app.graphql<Page>(SUBSCRIBERS, { ...variables, after }, editor());
        expect(page.errors).toBeUndefined();
        total = page.data!.newsletterSubscribers.totalCount;
        emails.push(...page.data!.newsletterSubscribers.edges.map((edge) => edge.node.email as string));
        after = page.data!.newsletterSubscribers.pageInfo.hasNextPage ? page.data!.newsletterSubscribers.pageInfo.endCursor : null;
      } while (after);
      return { emails, total };
    }

    it('pages through a list’s subscribers newest first, with no gap or repeat', async () => {
      const { emails, total } = await allPages({ list: listKey, first: 4 });
      expect(total).toBe(25);
      expect(new Set(emails).size).toBe(25);
      const expected: string[] = await app.dataSource.query(
        `SELECT email FROM newsletter_subscriber WHERE email LIKE $1 ORDER BY created_at DESC, id DESC`,
        [`%@${domain}`],
      );
      expect(emails).toEqual(expected.map((row) => (row as unknown as { email: string }).email));
    });

    it('filters by status and by part of the address; shows lists and consent source', async () => {
      const active = await allPages({ list: listKey, status: 'ACTIVE', first: 100 });
      expect(active.total).toBe(9);
      const page = await app.graphql<Page>(SUBSCRIBERS, { search: `READER1@${domain.toUpperCase()}`, first: 10 }, editor());
      expect(page.data?.newsletterSubscribers.totalCount).toBe(1);
      expect(page.data?.newsletterSubscribers.edges[0]?.node).toEqual({ email: `reader1@${domain}`, status: 'ACTIVE', locale: 'it', lists: [listKey], consentSource: null });
      const wildcard = await app.graphql<Page>(SUBSCRIBERS, { search: '%', first: 10 }, editor());
      expect(wildcard.data?.newsletterSubscribers.totalCount).toBe(0);
    });

    it('refuses an unknown list, a forged cursor and an oversized page', async () => {
      expect(outcome(await app.graphql(SUBSCRIBERS, { list: 'no-such-list' }, editor()))).toBe('BAD_USER_INPUT');
      const forged = Buffer.from(JSON.stringify(["2026-01-01'; DROP TABLE x; --", 'x'])).toString('base64url');
      expect(outcome(await app.graphql(SUBSCRIBERS, { after: forged }, editor()))).toBe('BAD_USER_INPUT');
      expect(outcome(await app.graphql(SUBSCRIBERS, { first: 101 }, editor()))).toBe('BAD_USER_INPUT');
    });

    it('counts subscribers per list and status, zeros included, and in total', async () => {
      const { data } = await app.graphql<{ newsletterSubscriberCounts: { list: string | null; status: string; count: number }[] }>(COUNTS, {}, editor());
      const counts = data!.newsletterSubscriberCounts;
      expect(counts.filter((row) => row.list === listKey)).toEqual([
        { list: listKey, status: 'ACTIVE', count: 9 },
        { list: listKey, status: 'PENDING', count: 8 },
        { list: listKey, status: 'UNSUBSCRIBED', count: 8 },
      ]);
      const totals: { status: string; count: number }[] = await app.dataSource.query(`SELECT status, count(*)::int AS count FROM newsletter_subscriber GROUP BY status`);
      for (const status of ['ACTIVE', 'PENDING', 'UNSUBSCRIBED']) {
        expect(counts.find((row) => row.list === null && row.status === status)?.count).toBe(totals.find((row) => row.status === status)?.count ?? 0);
      }
      const lists: { key: string }[] = await app.dataSource.query(`SELECT key FROM newsletter_list`);
      expect(counts).toHaveLength((lists.length + 1) * 3);
    });
  });

  describe('CSV export', () => {
    let list: { id: string; key: string };

    beforeAll(async () => {
      list = await createList();
      await app.dataSource.query(
        `WITH created AS (
           INSERT INTO newsletter_subscriber (email, locale, status, consent_at, consent_text, consent_source)
           SELECT 'bulk' || lpad(n::text, 5, '0') || '@export.example', 'en', 'ACTIVE', '2025-05-01T10:00:00Z', 'I agree, "happily"' || chr(10) || 'twice', 'import'
             FROM generate_series(1, 3000) AS n RETURNING id)
         INSERT INTO newsletter_subscription (subscriber_id, list_id) SELECT id, $1 FROM created`,
        [list.id],
      );
    });

    it('streams every subscriber of a list in chunks, as RFC 4180 CSV that parses back', async () => {
      const download = await rawDownload(`${app.url}/api/newsletter/subscribers.csv?list=${list.key}&status=ACTIVE`, admin());
      expect(download.status).toBe(200);
      expect(download.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename="newsletter-subscribers-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect(download.headers['transfer-encoding']).toBe('chunked');
      expect(download.headers['content-length']).toBeUndefined();
      expect(download.chunks).toBeGreaterThan(10);
      const [header, ...rows] = parseCsvText(download.body);
      expect(header).toEqual(['email', 'status', 'locale', 'lists', 'consent_at', 'consent_text', 'consent_version', 'consent_source', 'confirmed_at', 'unsubscribed_at', 'created_at']);
      expect(rows).toHaveLength(3000);
      expect(rows[0]).toEqual(['bulk00001@export.example', 'ACTIVE', 'en', list.key, '2025-05-01T10:00:00.000Z', 'I agree, "happily"\ntwice', '', 'import', '', '', expect.any(String)]);
      expect(rows.map((row) => row[0])).toEqual([...rows.map((row) => row[0]!)].sort());
    });

    it('reads the table only as fast as lines are taken: a consumer that stops after a few lines costs one batch', async () => {
      const actor = { kind: 'apiToken', userId: null, role: Role.ADMIN, apiTokenId: 'test' } as const;
      const before = app.statements();
      const lines = await app.app.get(SubscriberExportService).csv(actor, { list: list.key });
      const taken: string[] = [];
      for await (const line of lines) if (taken.push(line) === 10) break;
      expect(taken[1]).toMatch(/^bulk00001@export\.example,/);
      // The list lookup and the first batch of 500 rows; the other five batches are never read.
      expect(app.statements() - before).toBe(2);
    });

    it('filters by status, and refuses an unknown list with problem+json', async () => {
      const download = await rawDownload(`${app.url}/api/newsletter/subscribers.csv?list=${list.key}&status=PENDING`, admin());
      expect(parseCsvText(download.body)).toHaveLength(1);
      const unknown = await fetch(`${app.url}/api/newsletter/subscribers.csv?list=nope`, { headers: admin() });
      expect([unknown.status, unknown.headers.get('content-type'), ((await unknown.json()) as { code: string }).code]).toEqual([400, 'application/problem+json; charset=utf-8', 'BAD_USER_INPUT']);
      const badStatus = await fetch(`${app.url}/api/newsletter/subscribers.csv?status=GONE`, { headers: admin() });
      expect(badStatus.status).toBe(400);
    });
  });

  describe('GDPR: export and erase one person', () => {
    it('exports everything stored about an address, without token hashes or email bodies', async () => {
      const email = `${unique('data')}@example.test`;
      await subscribeOverGraphQL(app, { email: email.toUpperCase(), lists: ['daily-it', 'breaking'], locale: 'en', consentText: 'Yes please', consentVersion: 'v7', source: 'web:footer' });
      const { data, errors } = await asAdmin<{ exportSubscriberData: Record<string, unknown> }>(EXPORT_DATA, { email: ` ${email.toUpperCase()} ` });
      expect(errors).toBeUndefined();
      expect(data!.exportSubscriberData).toEqual({
        email,
        erased: false,
        subscriber: {
          email,
          status: 'PENDING',
          locale: 'en',
          lists: ['daily-it', 'breaking'],
          consentAt: expect.any(String),
          consentText: 'Yes please',
          consentVersion: 'v7',
          consentSource: 'graphql:web:footer',
          confirmedAt: null,
        },
        subscriptions: [
          { list: 'daily-it', subscribedAt: expect.any(String) },
          { list: 'breaking', subscribedAt: expect.any(String) },
        ],
        tokens: expect.arrayContaining([
          { purpose: 'CONFIRM', createdAt: expect.any(String), expiresAt: expect.any(String), usedAt: null },
          { purpose: 'MANAGE', createdAt: expect.any(String), expiresAt: null, usedAt: null },
        ]),
        emails: [{ id: expect.any(String), subject: expect.any(String), status: 'PENDING', attempts: 0, createdAt: expect.any(String), sentAt: null }],
      });
      const unknown = await asAdmin<{ exportSubscriberData: Record<string, unknown> }>(EXPORT_DATA, { email: 'nobody@example.test' });
      expect(unknown.data?.exportSubscriberData).toEqual({ email: 'nobody@example.test', erased: false, subscriber: null, subscriptions: [], tokens: [], emails: [] });
      expect(outcome(await asAdmin(EXPORT_DATA, { email: 'not an email' }))).toBe('BAD_USER_INPUT');
    });

    it('erases an address, keeps only a keyed hash, and an import of it is then rejected; the person may still sign up', async () => {
      const email = `${unique('erase')}@example.test`;
      await subscribeOverGraphQL(app, { email, lists: ['daily-it'] });
      const { id } = (await subscriberRow(app, email)) as { id: string };
      const erased = await asAdmin<{ eraseSubscriber: Record<string, unknown> }>(ERASE, { email: email.toUpperCase() });
      expect(erased.data?.eraseSubscriber).toEqual({ email, subscriberFound: true, emailsDeleted: 1 });
      expect(await subscriberRow(app, email)).toBeUndefined();
      expect(await outboxCount(email)).toBe(0);
      for (const table of ['newsletter_subscription', 'newsletter_token']) {
        expect(await app.dataSource.query(`SELECT 1 FROM ${table} WHERE subscriber_id = $1`, [id])).toEqual([]);
      }
      const kept: { email_hash: string }[] = await app.dataSource.query(`SELECT email_hash FROM newsletter_erasure`);
      const plainHash = createHash('sha256').update(email).digest('hex');
      expect(kept.some((row) => row.email_hash === plainHash || row.email_hash.includes(email))).toBe(false);
      expect((await asAdmin<{ exportSubscriberData: { erased: boolean; subscriber: unknown } }>(EXPORT_DATA, { email })).data?.exportSubscriberData).toMatchObject({ erased: true, subscriber: null });
      expect((await asAdmin<{ eraseSubscriber: Record<string, unknown> }>(ERASE, { email })).data?.eraseSubscriber).toEqual({ email, subscriberFound: false, emailsDeleted: 0 });

      const report = await importCsv(`email,consent_at\r\n${email},2024-01-01\r\n`);
      expect(report.data?.importNewsletterSubscribers).toMatchObject({ rows: 1, created: 0, rejectedCount: 1, rejected: [{ line: 2, email, reason: expect.stringContaining('erased') }] });
      expect(await subscriberRow(app, email)).toBeUndefined();

      expect(outcome(await subscribeOverGraphQL(app, { email }))).toBe('OK');
      expect(await subscriberRow(app, email)).toMatchObject({ status: 'PENDING' });
    });
  });

  describe('CSV import', () => {
    const tag = unique('imp');
    const withConsent = `consented-${tag}@example.test`;
    const withoutConsent = `pending-${tag}@example.test`;
    const quoted = `quoted-${tag}@example.test`;
    const csv = [
      csvRow(['Name', 'Email', 'Locale', 'Consent At', 'consent_text', 'Source system']),
      csvRow(['Anna', withConsent, 'en', '2024-05-01T09:30:00Z', 'I agree', 'old']),
      csvRow(['Bruno', withoutConsent, '', '', '', 'old']),
      csvRow(['Carla, "the critic"', quoted, 'it', '2024-05-02', 'Line one\r\nline two', 'old']),
      csvRow(['Dario', 'not-an-email', 'it', '', '', 'old']),
      csvRow(['Elena', `elena-${tag}@example.test`, 'fr', '', '', 'old']),
      csvRow(['Fabio', `fabio-${tag}@example.test`, 'it', '2999-01-01', '', 'old']),
      csvRow(['Anna again', withConsent.toUpperCase(), 'en', '', '', 'old']),
      `"broken,${tag}@example.test\r\n`,
    ].join('');
    const rejected = [
      { line: 6, email: 'not-an-email', reason: 'The email address is not valid' },
      { line: 7, email: `elena-${tag}@example.test`, reason: 'unsupported locale "fr"; supported: it, en' },
      { line: 8, email: `fabio-${tag}@example.test`, reason: 'consent_at is in the future' },
      { line: 9, email: withConsent, reason: 'duplicate of line 2' },
      { line: 10, email: null, reason: 'malformed CSV: unterminated quoted field' },
    ];

    it('validates row by row, reports rejected rows by line, and mails only the rows without a consent date', async () => {
      const { data, errors } = await importCsv(csv, ['daily-it', 'breaking']);
      expect(errors).toBeUndefined();
      expect(data?.importNewsletterSubscribers).toEqual({ rows: 8, created: 3, confirmationsSent: 1, updated: 0, unchanged: 0, rejectedCount: 5, rejected });
      expect(await subscriberRow(app, withConsent)).toMatchObject({ status: 'ACTIVE', locale: 'en', consent_at: new Date('2024-05-01T09:30:00Z'), consent_text: 'I agree', consent_source: 'import', confirmed_at: new Date('2024-05-01T09:30:00Z') });
      expect(await subscriberRow(app, quoted)).toMatchObject({ status: 'ACTIVE', locale: 'it', consent_text: 'Line one\r\nline two' });
      expect(await subscriberRow(app, withoutConsent)).toMatchObject({ status: 'PENDING', locale: 'it', consent_at: null });
      expect([await outboxCount(withConsent), await outboxCount(quoted), await outboxCount(withoutConsent)]).toEqual([0, 0, 1]);
      const [mail]: { text: string }[] = await app.dataSource.query(`SELECT text FROM outbox_message WHERE recipient = $1`, [withoutConsent]);
      expect(mail!.text).toContain(`${PUBLIC_BASE_URL}/newsletter/confirm?token=`);
    });

    it('is idempotent: the same file again changes nothing and sends nothing', async () => {
      const before = await app.dataSource.query(`SELECT * FROM newsletter_subscriber WHERE email LIKE $1 ORDER BY email`, [`%${tag}%`]);
      const { data } = await importCsv(csv, ['daily-it', 'breaking']);
      expect(data?.importNewsletterSubscribers).toEqual({ rows: 8, created: 0, confirmationsSent: 0, updated: 0, unchanged: 3, rejectedCount: 5, rejected });
      expect(await app.dataSource.query(`SELECT * FROM newsletter_subscriber WHERE email LIKE $1 ORDER BY email`, [`%${tag}%`])).toEqual(before);
      expect(await outboxCount(withoutConsent)).toBe(1);
    });

    it('adds known subscribers to new lists without mail, and never resubscribes one who left', async () => {
      const left = `left-${tag}@example.test`;
      await app.dataSource.query(`INSERT INTO newsletter_subscriber (email, locale, status, unsubscribed_at) VALUES ($1, 'it', 'UNSUBSCRIBED', now())`, [left]);
      const { data } = await importCsv(`email\n${withConsent}\n${left}\n`, ['weekly-en']);
      expect(data?.importNewsletterSubscribers).toMatchObject({ rows: 2, created: 0, updated: 1, unchanged: 0, rejected: [{ line: 3, email: left, reason: expect.stringContaining('unsubscribed') }] });
      const page = await app.graphql<Page>(SUBSCRIBERS, { search: withConsent, first: 1 }, editor());
      expect(page.data?.newsletterSubscribers.edges[0]?.node.lists).toEqual(['daily-it', 'weekly-en', 'breaking']);
      expect(await subscriberRow(app, left)).toMatchObject({ status: 'UNSUBSCRIBED' });
      expect(await outboxCount(withConsent)).toBe(0);
    });

    it('refuses a file without an email column, unknown lists, and too many rows', async () => {
      expect(outcome(await importCsv('name,locale\r\nx,it\r\n'))).toBe('BAD_USER_INPUT');
      expect(outcome(await importCsv('', ['daily-it']))).toBe('BAD_USER_INPUT');
      expect(outcome(await importCsv('email\r\na@example.test\r\n', ['no-such-list']))).toBe('BAD_USER_INPUT');
      expect(outcome(await importCsv('email\r\na@example.test\r\n', []))).toBe('BAD_USER_INPUT');
      const limit = app.config.NEWSLETTER_IMPORT_MAX_ROWS;
      app.config.NEWSLETTER_IMPORT_MAX_ROWS = 2;
      try {
        const tooMany = await importCsv(`email\r\nx1-${tag}@example.test\r\nx2-${tag}@example.test\r\nx3-${tag}@example.test\r\n`);
        expect(tooMany.errors?.[0]).toMatchObject({ message: 'The CSV has more than 2 rows: split it', extensions: { code: 'BAD_USER_INPUT' } });
        expect(await subscriberRow(app, `x1-${tag}@example.test`)).toBeUndefined();
      } finally {
        app.config.NEWSLETTER_IMPORT_MAX_ROWS = limit;
      }
    });

    it('takes an upload over REST, parsed as it streams in', async () => {
      const email = `rest-${tag}@example.test`;
      const response = await fetch(`${app.url}/api/newsletter/subscribers/import?lists=daily-it,breaking`, {
        method: 'POST',
        headers: { ...admin(), 'content-type': 'text/csv; charset=utf-8' },
        body: `\uFEFFemail,consent_at\r\n${email},2024-02-02\r\nbad\r\n`,
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ rows: 2, created: 1, confirmationsSent: 0, updated: 0, unchanged: 0, rejectedCount: 1, rejected: [{ line: 3, email: 'bad', reason: 'The email address is not valid' }] });
      expect(await subscriberRow(app, email)).toMatchObject({ status: 'ACTIVE' });
      const json = await fetch(`${app.url}/api/newsletter/subscribers/import?lists=daily-it`, { method: 'POST', headers: { ...admin(), 'content-type': 'application/json' }, body: '{}' });
      expect(json.status).toBe(400);
    });

    it('round-trips an export into an import: nothing changes', async () => {
      const download = await rawDownload(`${app.url}/api/newsletter/subscribers.csv?list=breaking`, admin());
      const { data } = await importCsv(download.body, ['breaking']);
      const report = data!.importNewsletterSubscribers;
      expect([report.created, report.updated, report.confirmationsSent]).toEqual([0, 0, 0]);
      expect(report.unchanged + report.rejectedCount).toBe(report.rows);
    });
  });
});
