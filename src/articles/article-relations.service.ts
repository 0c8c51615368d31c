import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { localizedAuthors, toAuthorModel, type AuthorRow } from '../authors/authors.service.js';
import type { AuthorModel } from '../authors/models/author.model.js';
import { tagResponse } from '../cache/response-tags.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import { Locales } from '../common/locales.js';
import type { TagModel } from '../tags/models/tag.model.js';
import { localizedTags, toTagModel, type TagRow } from '../tags/tags.service.js';
import { ArticleQueryService } from './article-query.service.js';
import { publicArticleCondition } from './article-visibility.js';
import type { ArticleModel } from './models/article.model.js';

/** A story id with the locale its relations are wanted in. */
export interface StoryInLocale {
  storyId: string;
  locale: string;
}

/** How many candidates per shared tag or section a related-articles ranking looks at, newest first. */
const RELATED_CANDIDATES = 50;

/** For each source, the newest public stories in its locale that share a tag (or section) with it. */
function newestSharing(link: 'story_tag' | 'story_section', key: 'tag_id' | 'section_id'): string {
  return `SELECT source.id AS source_id, recent.story_id FROM source
      JOIN ${link} mine ON mine.story_id = source.story_id
      CROSS JOIN LATERAL (
        SELECT a.story_id FROM ${link} other JOIN article a ON a.story_id = other.story_id JOIN story s ON s.id = a.story_id
         WHERE other.${key} = mine.${key} AND other.story_id <> source.story_id AND a.locale = source.locale
           AND ${publicArticleCondition('a', 's')}
         ORDER BY a.published_at DESC LIMIT ${RELATED_CANDIDATES}) recent`;
}

export function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
  return groups;
}

/**
 * The batch reads behind the per-request loaders: each method answers for many stories (or articles)
 * in one statement, so a page of N articles costs the same number of statements whatever N is.
 */
@Injectable()
export class ArticleRelationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
    private readonly articles: ArticleQueryService,
  ) {}

  /** Bylines in order, with bios in the locale (or its fallback). Keys must share one locale. */
  async authorsByStory(storyIds: readonly string[], locale: string): Promise<Map<string, AuthorModel[]>> {
    tagResponse(SurrogateKeys.taxonomy);
    const rows: (AuthorRow & { story_id: string })[] = await this.dataSource.query(
      `SELECT sa.story_id, author.* FROM story_author sa
         JOIN (${localizedAuthors('a.id IN (SELECT author_id FROM story_author WHERE story_id = ANY($2::uuid[]))')}) author ON author.id = sa.author_id
        WHERE sa.story_id = ANY($2::uuid[]) ORDER BY sa.story_id, sa.position`,
      [this.locales.fallbackChain(locale), storyIds],
    );
    return new Map([...groupBy(rows, (row) => row.story_id)].map(([storyId, group]) => [storyId, group.map((row) => toAuthorModel(row, locale))]));
  }

  /** Tags in the story's order, localized. */
  async tagsByStory(storyIds: readonly string[], locale: string): Promise<Map<string, TagModel[]>> {
    tagResponse(SurrogateKeys.taxonomy);
    const rows: (TagRow & { story_id: string })[] = await this.dataSource.query(
      `SELECT st.story_id, tag.* FROM story_tag st
         JOIN (${localizedTags('t.tag_id IN (SELECT tag_id FROM story_tag WHERE story_id = ANY($2::uuid[]))')}) tag ON tag.id = st.tag_id
        WHERE st.story_id = ANY($2::uuid[]) ORDER BY st.story_id, st.position`,
      [this.locales.fallbackChain(locale), storyIds],
    );
    return new Map([...groupBy(rows, (row) => row.story_id)].map(([storyId, group]) => [storyId, group.map((row) => toTagModel(row, locale))]));
  }

  async sectionIdsByStory(storyIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { story_id: string; section_id: string }[] = await this.dataSource.query(
      `SELECT story_id, section_id FROM story_section WHERE story_id = ANY($1::uuid[]) ORDER BY story_id, section_id`,
      [storyIds],
    );
    return new Map([...groupBy(rows, (row) => row.story_id)].map(([storyId, group]) => [storyId, group.map((row) => row.section_id)]));
  }

  /** Bodies by version id, for versions already read (and found public) without theirs. */
  async bodiesByArticle(articleIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; body: string }[] = await this.dataSource.query(`SELECT id, body FROM article WHERE id = ANY($1::uuid[])`, [articleIds]);
    return new Map(rows.map((row) => [row.id, row.body]));
  }

  /** Every public language version of each story (the caller leaves out the one it starts from). */
  async publicVersionsByStory(storyIds: readonly string[]): Promise<Map<string, ArticleModel[]>> {
    return groupBy(await this.articles.findPublishedOfStories(storyIds), (version) => version.storyId);
  }

  /**
   * Related articles for each source: public versions in the same locale, ranked by shared tags, then
   * shared sections, then recency; never the source's own story. Candidates are the newest few stories
   * of each shared tag and section, so the cost stays bounded on a large archive with popular tags.
   */
  async relatedByArticle(articleIds: readonly string[], first: number): Promise<Map<string, ArticleModel[]>> {
    const rows: { source_id: string; candidate_id: string }[] = await this.dataSource.query(
      `WITH source AS (SELECT id, story_id, locale FROM article WHERE id = ANY($1::uuid[])),
       candidate_story AS (
         ${newestSharing('story_tag', 'tag_id')}
         UNION
         ${newestSharing('story_section', 'section_id')}
       ),
       ranked AS (
         SELECT source.id AS source_id, a.id AS candidate_id,
                row_number() OVER (PARTITION BY source.id ORDER BY
                  (SELECT count(*) FROM story_tag x JOIN story_tag y ON y.tag_id = x.tag_id WHERE x.story_id = source.story_id AND y.story_id = a.story_id) DESC,
                  (SELECT count(*) FROM story_section x JOIN story_section y ON y.section_id = x.section_id WHERE x.story_id = source.story_id AND y.story_id = a.story_id) DESC,
                  a.published_at DESC, a.id) AS rank
           FROM source
           JOIN candidate_story c ON c.source_id = source.id
           JOIN article a ON a.story_id = c.story_id AND a.locale = source.locale
       )
       SELECT source_id, candidate_id FROM ranked WHERE rank <= $2 ORDER BY source_id, rank`,
      [articleIds, first],
    );
    const articles = new Map((await this.articles.findPublishedByIds(rows.map((row) => row.candidate_id))).map((article) => [article.id, article]));
    return new Map(
      [...groupBy(rows, (row) => row.source_id)].map(([sourceId, group]) => [sourceId, group.map((row) => articles.get(row.candidate_id)!).filter(Boolean)]),
    );
  }
}
