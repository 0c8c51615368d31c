import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { openDataSource } from '../src/bootstrap.js';
import { ENTITIES } from '../src/database/entities.js';
import { seedDemoContent } from '../src/database/seed/demo-seeder.js';
import { createTestDatabase, testConfig, type TestDatabase } from './support/test-app.js';

/** A digest of every row of every table: equal digests mean nothing changed. */
async function fingerprint(dataSource: DataSource): Promise<Record<string, string>> {
  const digest: Record<string, string> = {};
  for (const entity of ENTITIES) {
    const table = dataSource.getMetadata(entity).tableName;
    const [{ rows, hash }] = await dataSource.query(`SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${table}" t`);
    digest[table] = `${rows}:${hash}`;
  }
  return digest;
}

describe('demo content', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const config = testConfig();

  beforeAll(async () => {
    database = await createTestDatabase('migrated');
    dataSource = await openDataSource(database.url, config);
    await seedDemoContent(dataSource, config);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('is idempotent: seeding again changes nothing', async () => {
    const before = await fingerprint(dataSource);
    await seedDemoContent(dataSource, config);
    expect(await fingerprint(dataSource)).toEqual(before);
  });

  it('models the reference newsroom', async () => {
    const [counts] = await dataSource.query(`SELECT
      (SELECT count(*)::int FROM story) AS stories,
      (SELECT count(*)::int FROM author) AS authors,
      (SELECT count(*)::int FROM section) AS sections,
      (SELECT count(*)::int FROM tag) AS tags,
      (SELECT count(*)::int FROM article WHERE status = 'DRAFT') AS drafts,
      (SELECT count(DISTINCT story_id)::int FROM article WHERE status = 'SCHEDULED' AND scheduled_at > now()) AS scheduled,
      (SELECT count(DISTINCT story_id)::int FROM article WHERE locale = 'en' AND translated_from_id IS NOT NULL) AS translated,
      (SELECT count(*)::int FROM (SELECT story_id FROM article GROUP BY story_id HAVING count(*) = 1) single) AS single_language`);
    expect(counts.stories).toBeGreaterThanOrEqual(60);
    expect(counts.authors).toBeGreaterThanOrEqual(12);
    expect(counts.tags).toBeGreaterThanOrEqual(20);
    expect(counts.sections).toBeGreaterThanOrEqual(20);
    expect(counts.drafts).toBeGreaterThanOrEqual(2);
    expect(counts.scheduled).toBe(1);
    expect(counts.translated).toBeGreaterThan(counts.stories / 2);
    expect(counts.single_language).toBeGreaterThan(0);

    const credits = await dataSource.query(`SELECT DISTINCT translation_credit FROM article WHERE locale = 'en' AND translated_from_id IS NOT NULL`);
    expect(credits).toEqual([{ translation_credit: expect.stringMatching(/^English version by /) }]);

    const children = await dataSource.query(`SELECT child.name FROM section_translation parent
      JOIN section s ON s.parent_id = parent.section_id
      JOIN section_translation child ON child.section_id = s.id AND child.locale = 'en'
      WHERE parent.locale = 'en' AND parent.name = 'Other sections' ORDER BY s.position`);
    expect(children.map((row: { name: string }) => row.name)).toEqual(expect.arrayContaining(['Culture', 'Energy', 'Sports']));
  });

  it('includes the Borrell story with its Italian original, and one outdated English translation', async () => {
    const versions = await dataSource.query(`SELECT a.locale, a.title, a.published_at, au.name AS author,
        (SELECT array_agg(t.name ORDER BY t.name) FROM story_tag st JOIN tag_translation t ON t.tag_id = st.tag_id AND t.locale = 'en' WHERE st.story_id = a.story_id) AS tags
      FROM article a JOIN story_author sa ON sa.story_id = a.story_id JOIN author au ON au.id = sa.author_id
      WHERE a.story_id = (SELECT story_id FROM article WHERE locale = 'en' AND slug = 'eu-south-korea-sign-defence-agreement')
      ORDER BY a.locale`);
    expect(versions).toHaveLength(2);
    expect(versions[0]).toMatchObject({ locale: 'en', title: 'EU, South Korea sign defence agreement. Borrell asks Seoul to step up support for Ukraine', author: 'Simone De La Feld' });
    expect(versions[0].published_at.toISOString().slice(0, 10)).toBe('2024-11-04');
    expect(versions[0].tags).toEqual(['josep borrell', 'north korea', 'russia', 'south korea', 'ukraine']);
    expect(versions[1].locale).toBe('it');

    const outdated = await dataSource.query(`SELECT en.id FROM article en JOIN article source ON source.id = en.translated_from_id
      WHERE en.translated_from_version < source.version`);
    expect(outdated).toHaveLength(1);
  });
});
