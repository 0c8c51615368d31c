import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Parser from 'rss-parser';
import { fetchDocument, parseXml, RFC_3339, RFC_822, type FetchedDocument } from './support/documents.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const SITE = 'https://www.example.com';
const AWKWARD = `Borrell: "EU & Korea" <strategic>`;
const BORRELL = 'eu-south-korea-sign-defence-agreement';
const rss = new Parser();

interface FeedSubject {
  path: string;
  /** The same list through GraphQL: what the feed must hold, in order. */
  graphql: string;
}

/** The feeds of a locale: the whole site, a section with subsections, a tag and an author. */
function subjectsOf(locale: string, section: string, tag: string): FeedSubject[] {
  const list = 'articles(first: 50) { edges { node { id } } }';
  return [
    { path: `/feeds/${locale}`, graphql: `articles(locale: "${locale}", first: 50) { edges { node { id } } }` },
    { path: `/feeds/${locale}/sections/${section}`, graphql: `section(slug: "${section}", locale: "${locale}") { ${list} }` },
    { path: `/feeds/${locale}/tags/${tag}`, graphql: `tag(slug: "${tag}", locale: "${locale}") { ${list} }` },
    { path: `/feeds/${locale}/authors/simone-de-la-feld`, graphql: `author(slug: "simone-de-la-feld", locale: "${locale}") { ${list} }` },
  ];
}

describe('RSS and Atom feeds', () => {
  let app: TestApp;
  let subjects: FeedSubject[];

  beforeAll(async () => {
    app = await startTestApp({ env: { PUBLIC_SITE_URL: `${SITE}/` } });
    subjects = [...subjectsOf('en', 'world', 'ukraine'), ...subjectsOf('it', 'mondo', 'ucraina')];
  });

  afterAll(async () => {
    await app.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetchDocument(app.url, path, headers);

  async function expectedIds(subject: FeedSubject): Promise<string[]> {
    const { data, errors } = await app.graphql<Record<string, any>>(`{ result: ${subject.graphql} }`);
    expect(errors).toBeUndefined();
    const connection = data!.result.edges ? data!.result : data!.result.articles;
    return connection.edges.map(({ node }: { node: { id: string } }) => `urn:uuid:${node.id}`);
  }

  /** Fetches an RSS feed and checks what RSS 2.0 requires; returns it parsed by rss-parser. */
  async function readRss(path: string) {
    const response = await get(path);
    expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: 200, type: 'application/rss+xml; charset=utf-8' });
    const channel = parseXml(response.body).rss.channel;
    for (const required of ['title', 'link', 'description']) expect(channel[required]).toBeTruthy();
    expect(channel['atom:link']['@href']).toBe(`${SITE}${path}`);
    for (const item of channel.item ?? []) {
      expect(item.guid['@isPermaLink']).toBe('false');
      expect(item.pubDate).toMatch(RFC_822);
      expect(item.title).toBeTruthy();
      expect(item.link.startsWith(`${SITE}/`)).toBe(true);
    }
    const feed = await rss.parseString(response.body);
    const dates = feed.items.map((item) => Date.parse(item.pubDate!));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    // The newest change, which is never before the newest publication.
    if (feed.items.length) expect(Date.parse(channel.lastBuildDate)).toBeGreaterThanOrEqual(Math.max(...dates));
    return { feed, response };
  }

  /** Fetches an Atom feed and checks what Atom 1.0 requires; returns it parsed. */
  async function readAtom(path: string) {
    const response = await get(path);
    expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: 200, type: 'application/atom+xml; charset=utf-8' });
    const feed = parseXml(response.body).feed;
    expect(feed.id).toBeTruthy();
    expect(feed.title['#text']).toBeTruthy();
    expect(feed.updated).toMatch(RFC_3339);
    expect(feed.author[0].name).toBe('Redazione');
    const entries: any[] = feed.entry ?? [];
    for (const entry of entries) {
      expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      expect(entry.title['#text']).toBeTruthy();
      expect(entry.updated).toMatch(RFC_3339);
      expect(entry.published).toMatch(RFC_3339);
      expect(Date.parse(entry.updated)).toBeGreaterThanOrEqual(Date.parse(entry.published));
      expect(entry.link.find((link: any) => link['@rel'] === 'alternate')['@href'].startsWith(`${SITE}/`)).toBe(true);
    }
    const published = entries.map((entry) => Date.parse(entry.published));
    expect([...published].sort((a, b) => b - a)).toEqual(published);
    return { feed, entries, response };
  }

  it('serve every subject in both formats, valid and holding what GraphQL lists, in order', async () => {
    for (const subject of subjects) {
      const expected = await expectedIds(subject);
      expect(expected.length).toBeGreaterThan(0);
      const { feed } = await readRss(`${subject.path}/rss.xml`);
      expect({ path: subject.path, guids: feed.items.map((item) => item.guid) }).toEqual({ path: subject.path, guids: expected });
      const { entries } = await readAtom(`${subject.path}/atom.xml`);
      expect(entries.map((entry) => entry.id)).toEqual(expected);
    }
  });

  it('carry the latest 50 articles of a locale', async () => {
    const { data } = await app.graphql<{ articles: { totalCount: number } }>(`{ articles(locale: "en") { totalCount } }`);
    const { feed } = await readRss('/feeds/en/rss.xml');
    expect(feed.items).toHaveLength(Math.min(50, data!.articles.totalCount));
  });

  it('include the subsections in a section feed', async () => {
    const { feed } = await readRss('/feeds/en/sections/world/rss.xml');
    const onlyInSubsections: { id: string }[] = await app.dataSource.query(
      `SELECT a.id FROM article a WHERE a.locale = 'en' AND a.status = 'PUBLISHED'
          AND NOT EXISTS (SELECT 1 FROM story_section ss JOIN section_translation t ON t.section_id = ss.section_id AND t.locale = 'en'
                           WHERE ss.story_id = a.story_id AND t.slug = 'world')
          AND EXISTS (SELECT 1 FROM story_section ss JOIN section s ON s.id = ss.section_id JOIN section_translation p ON p.section_id = s.parent_id AND p.locale = 'en'
                       WHERE ss.story_id = a.story_id AND p.slug = 'world')`,
    );
    expect(onlyInSubsections.length).toBeGreaterThan(0);
    const guids = feed.items.map((item) => item.guid);
    expect(onlyInSubsections.some(({ id }) => guids.includes(`urn:uuid:${id}`))).toBe(true);
  });

  it('describe an item: byline, categories (primary section first, then tags), excerpt and the featured image', async () => {
    const [{ id }] = await app.dataSource.query(`SELECT id FROM article WHERE slug = $1`, [BORRELL]);
    const { response } = await readRss('/feeds/en/authors/simone-de-la-feld/rss.xml');
    const item = parseXml(response.body).rss.channel.item.find((candidate: any) => candidate.guid['#text'] === `urn:uuid:${id}`);
    expect(item['dc:creator']).toEqual(['Simone De La Feld']);
    expect(item.category[0]).toEqual({ '#text': 'Uncategorized', '@domain': `${SITE}/en/uncategorized` });
    expect(item.category.length).toBeGreaterThan(1);
    expect(item.link).toBe(`${SITE}/en/uncategorized/${BORRELL}`);
    expect(item.pubDate).toBe('Mon, 04 Nov 2024 10:30:00 GMT');
    expect(item.description).toBeTruthy();
    expect(item['content:encoded']).toBeUndefined();
    expect(item.enclosure).toEqual({ '@url': 'https://media.redazione.example/2024/11/borrell-seoul-defence-partnership.jpg', '@length': '0', '@type': 'image/jpeg' });
    expect(item['media:content']).toMatchObject({ '@medium': 'image', '@width': '1600', '@height': '900' });
  });

  it('keep GUIDs across requests and edits', async () => {
    const first = await readRss('/feeds/en/rss.xml');
    const again = await readRss('/feeds/en/rss.xml');
    expect(again.feed.items.map((item) => item.guid)).toEqual(first.feed.items.map((item) => item.guid));
    expect(again.response.body).toBe(first.response.body);
    const edited = first.feed.items[0]!;
    await app.dataSource.query(`UPDATE article SET title = title || ' (updated)', updated_at = now() WHERE id = $1`, [edited.guid!.slice('urn:uuid:'.length)]);
    const after = await readRss('/feeds/en/rss.xml');
    expect(after.feed.items[0]).toMatchObject({ guid: edited.guid, title: `${edited.title} (updated)` });
    expect(after.feed.items.map((item) => item.guid)).toEqual(first.feed.items.map((item) => item.guid));
  });

  it('escape an awkward title in both formats', async () => {
    const [{ id }] = await app.dataSource.query(`SELECT id FROM article WHERE slug = $1`, [BORRELL]);
    await app.dataSource.query(`UPDATE article SET title = $1 WHERE id = $2`, [AWKWARD, id]);
    const { feed, response } = await readRss('/feeds/en/authors/simone-de-la-feld/rss.xml');
    expect(feed.items.find((item) => item.guid === `urn:uuid:${id}`)!.title).toBe(AWKWARD);
    expect(response.body).toContain('Borrell: &quot;EU &amp; Korea&quot; &lt;strategic&gt;');
    const { entries } = await readAtom('/feeds/en/authors/simone-de-la-feld/atom.xml');
    expect(entries.find((entry) => entry.id === `urn:uuid:${id}`).title['#text']).toBe(AWKWARD);
  });

  it('never show a draft, a scheduled or a deleted article', async () => {
    const rows: { id: string }[] = await app.dataSource.query(
      `SELECT a.id FROM article a JOIN story_author sa ON sa.story_id = a.story_id JOIN author au ON au.id = sa.author_id AND au.slug = 'simone-de-la-feld'
        WHERE a.locale = 'en' AND a.status = 'PUBLISHED' ORDER BY a.published_at DESC LIMIT 3`,
    );
    const [draft, scheduled, deleted] = rows.map((row) => row.id);
    const before = (await get('/feeds/en/authors/simone-de-la-feld/rss.xml')).body;
    for (const { id } of rows) expect(before).toContain(id);
    await app.dataSource.query(`UPDATE article SET status = 'DRAFT' WHERE id = $1`, [draft]);
    await app.dataSource.query(`UPDATE article SET status = 'SCHEDULED', scheduled_at = now() + interval '1 day' WHERE id = $1`, [scheduled]);
    await app.dataSource.query(`UPDATE story SET deleted_at = now() WHERE id = (SELECT story_id FROM article WHERE id = $1)`, [deleted]);
    for (const subject of subjects.filter((candidate) => candidate.path.startsWith('/feeds/en'))) {
      for (const format of ['rss', 'atom']) {
        const { body } = await get(`${subject.path}/${format}.xml`);
        for (const id of rows.map((row) => row.id)) expect({ feed: `${subject.path}/${format}.xml`, leaked: body.includes(id) }).toEqual({ feed: `${subject.path}/${format}.xml`, leaked: false });
      }
    }
  });

  it('answer 404 problem+json for unknown locales, sections, tags, authors, kinds and formats', async () => {
    for (const path of [
      '/feeds/xx/rss.xml',
      '/feeds/en/sections/no-such-section/rss.xml',
      '/feeds/en/tags/no-such-tag/atom.xml',
      '/feeds/en/authors/no-such-author/rss.xml',
      '/feeds/en/people/simone-de-la-feld/rss.xml',
      '/feeds/en/json.xml',
      '/feeds/en/sections/world/json.xml',
    ]) {
      const response = await get(path);
      expect({ path, status: response.status, type: response.headers.get('content-type') }).toEqual({ path, status: 404, type: 'application/problem+json; charset=utf-8' });
      expect(JSON.parse(response.body)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
  });

  it('are cacheable: Cache-Control, a strong ETag, Last-Modified, and 304 for a matching If-None-Match', async () => {
    const response = await get('/feeds/en/rss.xml');
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const lastBuildDate = parseXml(response.body).rss.channel.lastBuildDate;
    expect(response.headers.get('last-modified')).toBe(lastBuildDate);
    const notModified: FetchedDocument = await get('/feeds/en/rss.xml', { 'if-none-match': `"something-else", ${etag}` });
    expect({ status: notModified.status, body: notModified.body, etag: notModified.headers.get('etag') }).toEqual({ status: 304, body: '', etag });
    expect((await get('/feeds/en/rss.xml', { 'if-none-match': '"stale"' })).status).toBe(200);
    expect((await get('/feeds/en/atom.xml', { 'if-none-match': etag })).status).toBe(200);
    const newest = parseXml(response.body).rss.channel.item[0].guid['#text'].slice('urn:uuid:'.length);
    await app.dataSource.query(`UPDATE article SET excerpt = 'A corrected excerpt' WHERE id = $1`, [newest]);
    const changed = await get('/feeds/en/rss.xml', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('cost a constant number of SQL statements, whatever the number of items', async () => {
    const before = app.statements();
    await get('/feeds/en/rss.xml');
    expect(app.statements() - before).toBeLessThanOrEqual(6);
  });
});

describe('feeds with FEED_CONTENT=full', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { FEED_CONTENT: 'full', FEED_ITEMS: '3', FEED_CACHE_MAX_AGE_SECONDS: '60' } });
  });

  afterAll(async () => {
    await app.close();
  });

  it('carry the body as HTML: in CDATA in RSS, escaped in Atom', async () => {
    const rssResponse = await fetchDocument(app.url, '/feeds/it/rss.xml');
    expect(rssResponse.headers.get('cache-control')).toBe('public, max-age=60');
    const { items } = await rss.parseString(rssResponse.body);
    expect(items).toHaveLength(3);
    const [{ id, body }] = await app.dataSource.query(`SELECT id, body FROM article WHERE id = $1`, [items[0]!.guid!.slice('urn:uuid:'.length)]);
    expect(items[0]!['content:encoded' as keyof (typeof items)[0]] ?? items[0]!.content).toBe(body);
    expect(rssResponse.body).toContain('<content:encoded><![CDATA[<p>');
    const atom = parseXml((await fetchDocument(app.url, '/feeds/it/atom.xml')).body).feed;
    const entry = atom.entry.find((candidate: any) => candidate.id === `urn:uuid:${id}`);
    expect(entry.content).toEqual({ '#text': body, '@type': 'html' });
    expect(atom.link.find((link: any) => link['@rel'] === 'self')['@href']).toBe('http://127.0.0.1:3000/feeds/it/atom.xml');
  });
});
