import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source.js';
import { pendingSchemaChanges } from '../src/database/schema-drift.js';
import { MIGRATIONS } from '../migrations/index.js';
import { createTestDatabase, testConfig, type TestDatabase } from './support/test-app.js';

async function userTables(dataSource: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase('empty');
    dataSource = createDataSource(database.url, testConfig());
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('migrate an empty database up, all the way down, and up again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await userTables(dataSource)).toEqual(
      expect.arrayContaining(['article', 'story', 'section', 'section_translation', 'tag', 'author', 'user', 'newsletter_subscriber', 'outbox_message']),
    );

    for (let index = 0; index < MIGRATIONS.length; index += 1) await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await userTables(dataSource)).toEqual([]);
    const functions: unknown[] = await dataSource.query(`SELECT proname FROM pg_proc WHERE proname LIKE '%search%' AND pronamespace = 'public'::regnamespace`);
    expect(functions).toEqual([]);

    expect(await dataSource.runMigrations({ transaction: 'each' })).toHaveLength(MIGRATIONS.length);
  });

  it('leave nothing for the entities to change (entities and migrations agree)', async () => {
    const diff = await pendingSchemaChanges(dataSource);
    expect(diff.up).toEqual([]);
  });

  it('enforce the content rules in the database itself', async () => {
    const [{ id: storyId }] = await dataSource.query(`INSERT INTO story (source_locale) VALUES ('it') RETURNING id`);
    const insert = (locale: string, slug: string, status = 'DRAFT', publishedAt: string | null = null) =>
      dataSource.query(`INSERT INTO article (story_id, locale, slug, title, status, published_at) VALUES ($1, $2, $3, 'T', $4, $5)`, [
        storyId,
        locale,
        slug,
        status,
        publishedAt,
      ]);
    await insert('it', 'uno');
    await expect(insert('it', 'due')).rejects.toThrow(/duplicate key/);
    const [{ id: otherStory }] = await dataSource.query(`INSERT INTO story (source_locale) VALUES ('it') RETURNING id`);
    await expect(
      dataSource.query(`INSERT INTO article (story_id, locale, slug, title) VALUES ($1, 'it', 'uno', 'T')`, [otherStory]),
    ).rejects.toThrow(/duplicate key/);
    await expect(insert('en', 'one', 'ARCHIVED')).rejects.toThrow(/article_status_known/);
    await expect(insert('en', 'one', 'PUBLISHED', null)).rejects.toThrow(/article_published_has_date/);
  });

  it('index each version for full-text search with its language dictionary', async () => {
    const [{ id: storyId }] = await dataSource.query(`INSERT INTO story (source_locale) VALUES ('it') RETURNING id`);
    await dataSource.query(
      `INSERT INTO article (story_id, locale, slug, title, body_text) VALUES ($1, 'it', 'truppe', 'Truppe nordcoreane in Russia', 'Le truppe sono arrivate')`,
      [storyId],
    );
    const [{ matches }] = await dataSource.query(
      `SELECT count(*)::int AS matches FROM article WHERE search_vector @@ websearch_to_tsquery(redazione_search_config('it'), 'truppa nordcoreana')`,
    );
    expect(matches).toBe(1);
    const configs: { it: string; en: string; xx: string }[] = await dataSource.query(
      `SELECT redazione_search_config('it')::text AS it, redazione_search_config('en')::text AS en, redazione_search_config('xx')::text AS xx`,
    );
    expect(configs[0]).toEqual({ it: 'italian', en: 'english', xx: 'simple' });
  });
});
