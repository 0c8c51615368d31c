import { ArticleStatus } from '../src/articles/entities/article-status.js';

/**
 * How the neutral dataset (`../shared/bench/dataset`) maps onto our model, as set-based SQL over
 * UNLOGGED staging tables that hold the CSV files as they are. Each staging row carries the uuid it
 * becomes (the mapping from the dataset's integer ids to ours), so every later join is by integer id.
 */

/** One staging table per CSV file: its COPY column list, and the columns we add. */
export const STAGING = [
  { file: 'sections.csv', table: 'ds_section', columns: 'id int, name text, slug text, parent_id int', extra: 'uuid uuid NOT NULL DEFAULT gen_random_uuid()' },
  { file: 'authors.csv', table: 'ds_author', columns: 'id int, name text, slug text, bio text, twitter text', extra: 'uuid uuid NOT NULL DEFAULT gen_random_uuid()' },
  { file: 'tags.csv', table: 'ds_tag', columns: 'id int, name text, slug text', extra: 'uuid uuid NOT NULL DEFAULT gen_random_uuid()' },
  {
    file: 'articles.csv',
    table: 'ds_article',
    columns: 'id int, title text, slug text, excerpt text, body text, status text, published_at timestamptz, locale text, author_id int, section_id int',
    extra: 'story_uuid uuid NOT NULL DEFAULT gen_random_uuid()',
  },
  { file: 'article_tags.csv', table: 'ds_article_tag', columns: 'article_id int, tag_id int', extra: '' },
] as const;

export type StagingTable = (typeof STAGING)[number];

/** The dataset's statuses: archived articles were published once and taken down. */
export const STATUS_OF: Record<string, ArticleStatus> = {
  published: ArticleStatus.PUBLISHED,
  draft: ArticleStatus.DRAFT,
  archived: ArticleStatus.UNPUBLISHED,
};

export function createStagingSql(staging: StagingTable): string {
  return `CREATE UNLOGGED TABLE ${staging.table} (${[staging.columns, staging.extra].filter(Boolean).join(', ')})`;
}

/** The COPY target: the table with the CSV's columns, in file order (the added columns take their defaults). */
export function copyTargetOf(staging: StagingTable): string {
  return `${staging.table} (${staging.columns.split(', ').map((column) => column.split(' ')[0]).join(', ')})`;
}

/** `CASE column WHEN 'a' THEN 'A' ... END`, failing loudly on a value the map does not know. */
export function caseSql(column: string, map: Record<string, string>): string {
  const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
  const branches = Object.entries(map).map(([from, to]) => `WHEN ${quote(from)} THEN ${quote(to)}`);
  return `CASE ${column} ${branches.join(' ')} ELSE 'unknown status ' || ${column} END`;
}

/**
 * The plain text of an HTML body, as `plainTextOf` (src/articles/article-text.ts) derives it on
 * write: a line break for each block end, tags removed, entities decoded, blanks collapsed. A
 * session-local function, so each step runs once per row; the patterns are shaped for PostgreSQL's
 * regex engine (a literal first character; no match on every single blank), which halved the cost of
 * deriving the text. load.ts checks the result against `plainTextOf` on a sample of articles.
 */
export const PLAIN_TEXT_FUNCTION = `CREATE FUNCTION pg_temp.plain_text(html text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
  DECLARE plain text;
  BEGIN
    plain := regexp_replace(html, '<(?:/(?:p|h[1-6]|li|blockquote|figcaption|div|tr)|br\\s*/?)>', E'\\n', 'gi');
    plain := regexp_replace(plain, '<[^>]*>', '', 'g');
    IF strpos(plain, '&') > 0 THEN
      plain := replace(replace(replace(replace(replace(replace(plain,
        '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&nbsp;', ' '), '&amp;', '&');
    END IF;
    plain := regexp_replace(plain, '[ \\t]{2,}|\\t', ' ', 'g');
    plain := regexp_replace(plain, '\\s*\\n\\s*', E'\\n', 'g');
    RETURN btrim(plain, E' \\t\\n\\r');
  END $$`;

/** Words of a text whose blanks are already collapsed to single spaces and line breaks: `wordCountOf`, cheaply. */
export function wordCountSql(text: string): string {
  return `CASE WHEN ${text} = '' THEN 0 ELSE length(${text}) - length(translate(${text}, E' \\n', '')) + 1 END`;
}

/**
 * The statements that turn the staging tables into our rows, in order; `$1` is the locales (text[]).
 * A `sliced` one ends with its FROM clause over `ds_article a`, so the loader can run it in slices.
 */
export function mappingStatements(): { name: string; sql: string; sliced?: boolean }[] {
  return [
    {
      name: 'section',
      sql: `INSERT INTO section (id, parent_id, position)
        SELECT s.uuid, p.uuid, row_number() OVER (PARTITION BY s.parent_id ORDER BY s.id) - 1
        FROM ds_section s LEFT JOIN ds_section p ON p.id = s.parent_id`,
    },
    {
      name: 'section_translation',
      sql: `INSERT INTO section_translation (section_id, locale, name, slug)
        SELECT s.uuid, l.locale, s.name, s.slug FROM ds_section s CROSS JOIN unnest($1::text[]) AS l(locale)`,
    },
    {
      name: 'author',
      sql: `INSERT INTO author (id, name, slug, twitter_handle) SELECT uuid, name, slug, nullif(ltrim(twitter, '@'), '') FROM ds_author`,
    },
    {
      name: 'author_translation',
      sql: `INSERT INTO author_translation (author_id, locale, bio)
        SELECT a.uuid, l.locale, coalesce(a.bio, '') FROM ds_author a CROSS JOIN unnest($1::text[]) AS l(locale)`,
    },
    { name: 'tag', sql: `INSERT INTO tag (id) SELECT uuid FROM ds_tag` },
    {
      name: 'tag_translation',
      sql: `INSERT INTO tag_translation (tag_id, locale, name, slug)
        SELECT t.uuid, l.locale, t.name, t.slug FROM ds_tag t CROSS JOIN unnest($1::text[]) AS l(locale)`,
    },
    {
      name: 'story',
      sql: `INSERT INTO story (id, source_locale, primary_section_id, created_at, updated_at)
        SELECT a.story_uuid, a.locale, s.uuid, coalesce(a.published_at, now()), coalesce(a.published_at, now())
        FROM ds_article a JOIN ds_section s ON s.id = a.section_id`,
    },
    {
      name: 'article',
      sliced: true,
      sql: `INSERT INTO article (story_id, locale, slug, title, excerpt, body, body_text, word_count, status, published_at, created_at, updated_at)
        SELECT a.story_uuid, a.locale, a.slug, a.title, a.excerpt, a.body, t.body_text, ${wordCountSql('t.body_text')},
          ${caseSql('a.status', STATUS_OF)}, a.published_at, coalesce(a.published_at, now()), coalesce(a.published_at, now())
        FROM ds_article a CROSS JOIN LATERAL (SELECT pg_temp.plain_text(a.body) AS body_text) t`,
    },
    {
      name: 'story_author',
      sql: `INSERT INTO story_author (story_id, author_id, position)
        SELECT a.story_uuid, au.uuid, 0 FROM ds_article a JOIN ds_author au ON au.id = a.author_id`,
    },
    {
      name: 'story_section',
      sql: `INSERT INTO story_section (story_id, section_id) SELECT a.story_uuid, s.uuid FROM ds_article a JOIN ds_section s ON s.id = a.section_id`,
    },
    {
      name: 'story_tag',
      sql: `INSERT INTO story_tag (story_id, tag_id, position)
        SELECT a.story_uuid, t.uuid, row_number() OVER (PARTITION BY at.article_id ORDER BY at.tag_id) - 1
        FROM ds_article_tag at JOIN ds_article a ON a.id = at.article_id JOIN ds_tag t ON t.id = at.tag_id`,
    },
  ];
}
