import { describe, expect, it } from '@jest/globals';
import { withDatabase } from './database.js';
import { caseSql, copyTargetOf, createStagingSql, mappingStatements, STAGING, STATUS_OF, wordCountSql } from './dataset-model.js';

describe('the dataset-to-model mapping', () => {
  const articles = STAGING.find((staging) => staging.file === 'articles.csv')!;

  it('stages each CSV file as it is, plus the uuid it becomes', () => {
    expect(createStagingSql(articles)).toMatch(/^CREATE UNLOGGED TABLE ds_article \(id int, title text, .*section_id int, story_uuid uuid NOT NULL DEFAULT gen_random_uuid\(\)\)$/);
    expect(copyTargetOf(articles)).toBe('ds_article (id, title, slug, excerpt, body, status, published_at, locale, author_id, section_id)');
  });

  it('maps every dataset status, and makes an unknown one fail the status check', () => {
    expect(STATUS_OF).toEqual({ published: 'PUBLISHED', draft: 'DRAFT', archived: 'UNPUBLISHED' });
    expect(caseSql('a.status', { "it's": 'X' })).toBe(`CASE a.status WHEN 'it''s' THEN 'X' ELSE 'unknown status ' || a.status END`);
  });

  it('fills every table of the model, parents before children', () => {
    const order = mappingStatements().map((statement) => statement.name);
    expect(order).toEqual(['section', 'section_translation', 'author', 'author_translation', 'tag', 'tag_translation', 'story', 'article', 'story_author', 'story_section', 'story_tag']);
    for (const name of order) expect(mappingStatements().find((statement) => statement.name === name)!.sql).toMatch(new RegExp(`^INSERT INTO ${name} `));
  });

  it('counts words from the collapsed blanks', () => {
    expect(wordCountSql('t')).toBe(`CASE WHEN t = '' THEN 0 ELSE length(t) - length(translate(t, E' \\n', '')) + 1 END`);
  });

  it('points a server URL at another database, keeping the credentials', () => {
    expect(withDatabase('postgres://u:p%40ss@127.0.0.1:5433/redazione?sslmode=disable', 'redazione_bench')).toBe(
      'postgres://u:p%40ss@127.0.0.1:5433/redazione_bench?sslmode=disable',
    );
  });
});
