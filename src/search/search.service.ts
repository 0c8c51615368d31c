import { Injectable } from '@nestjs/common';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { toArticleModel } from '../articles/article.mapper.js';
import { publicVersions } from '../articles/article-query.service.js';
import { publicVersionCondition } from '../articles/article-visibility.js';
import { Article } from '../articles/entities/article.entity.js';
import { tagResponse } from '../cache/response-tags.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import { Locales } from '../common/locales.js';
import { AppConfig } from '../config/app-config.js';
import { toPage, type Page } from '../common/pagination/connection.model.js';
import type { SearchHitModel } from './models/search-hit.model.js';
import { decodeSearchCursor, encodeSearchCursor, type SearchKey } from './search-cursor.js';

export interface SearchQuery {
  query: string;
  locale: string;
  first: number;
  after?: string;
}

interface Hit {
  key: SearchKey;
  model: SearchHitModel;
}

// The reader's query, parsed once by `parse` and bound as a constant, so that the planner matches it
// against the GIN index (idx_article_search) and every expression below sees the same tsquery.
const TSQUERY = 'CAST(:tsquery AS tsquery)';
// The trigger gives title lexemes weight A: keeping only those tells whether the title matches.
const TITLE_MATCH = `(ts_filter(article.search_vector, '{a}') @@ ${TSQUERY})`;
// Normalization 1 divides by 1 + log(length), so a long body does not win on word count alone. Cast to
// float8 so that the value the client holds in a cursor is exactly the one PostgreSQL compares.
const RANK = `CAST(ts_rank(article.search_vector, ${TSQUERY}, 1) AS double precision)`;
// Exact to the microsecond, as numeric text (see SearchKey).
const PUBLISHED = 'extract(epoch FROM article.published_at)';
// body_text is plain text, so escaping & < > first leaves <mark> as the only markup of the snippet.
const ESCAPED_BODY = `replace(replace(replace(article.body_text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
const HEADLINE = `ts_headline(redazione_search_config(:locale), ${ESCAPED_BODY}, ${TSQUERY}, :headlineOptions)`;
const HEADLINE_OPTIONS = 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … "';

/** Full-text search over what anonymous readers may see, in one language. */
@Injectable()
export class SearchService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly locales: Locales,
    private readonly config: AppConfig,
  ) {}

  /**
   * Public versions in `locale` matching the query (title, standfirst, excerpt and body, with the
   * locale's stemming), title matches first, then by relevance, then newest. The query is web-search
   * syntax parsed leniently: no input is a syntax error, and one with nothing to look for (stop words,
   * punctuation, only exclusions) finds nothing.
   */
  async search(request: SearchQuery): Promise<Page<SearchHitModel>> {
    const locale = this.locales.assertSupported(request.locale);
    // What a search finds moves with every publication and every edit of a public text in the locale.
    tagResponse(SurrogateKeys.articleLists(locale), SurrogateKeys.search(locale));
    const after = request.after ? decodeSearchCursor(request.after) : undefined;
    const tsquery = await this.parse(request.query, locale);
    const matches = tsquery ? this.matching(locale, tsquery) : undefined;
    const hits = matches ? await this.page(matches.clone(), request.first, after) : [];
    const totalCount = async () => (matches ? matches.getCount() : 0);
    return toPage(hits, request.first, totalCount, Boolean(after), (hit) => encodeSearchCursor(hit.key), (hit) => hit.model);
  }

  /**
   * The query as tsquery text, or null when it has no indexable part: empty (only stop words or
   * punctuation) or only negations, which would match nearly everything by scanning it all.
   */
  private async parse(query: string, locale: string): Promise<string | null> {
    const [parsed] = (await this.dataSource.query(
      'SELECT q::text AS tsquery, querytree(q) AS indexable FROM websearch_to_tsquery(redazione_search_config($1), $2) AS q',
      [locale, query],
    )) as { tsquery: string; indexable: string }[];
    return parsed && parsed.indexable !== '' && parsed.indexable !== 'T' ? parsed.tsquery : null;
  }

  /**
   * The newest SEARCH_MAX_MATCHES matches. Ranking every match of a common word in an archive of a
   * million articles would read and sort hundreds of thousands of rows per request; news readers look
   * for the recent, and the planner finds the newest matches either by walking the published-by-locale
   * index (a common word) or through the GIN index (a rare one).
   */
  private matching(locale: string, tsquery: string): SelectQueryBuilder<Article> {
    return publicVersions(this.dataSource)
      .andWhere(
        `article.id IN (SELECT candidate.id FROM article candidate
           WHERE ${publicVersionCondition('candidate')} AND candidate.locale = :locale AND candidate.search_vector @@ ${TSQUERY}
           ORDER BY candidate.published_at DESC, candidate.id DESC LIMIT :maxMatches)`,
        { locale, tsquery, maxMatches: this.config.SEARCH_MAX_MATCHES },
      );
  }

  /** `first + 1` hits after the cursor (the extra one only tells whether there is a next page). */
  private async page(matches: SelectQueryBuilder<Article>, first: number, after?: SearchKey): Promise<Hit[]> {
    const query = matches
      .addSelect(TITLE_MATCH, 'search_title_match')
      .addSelect(RANK, 'search_rank')
      .addSelect(`${PUBLISHED}::text`, 'search_published')
      .addSelect(HEADLINE, 'search_headline')
      .setParameter('headlineOptions', HEADLINE_OPTIONS)
      .orderBy(TITLE_MATCH, 'DESC')
      .addOrderBy(RANK, 'DESC')
      .addOrderBy(PUBLISHED, 'DESC')
      .addOrderBy('article.id', 'DESC')
      .limit(first + 1);
    if (after) {
      const afterKey = 'CAST(:afterTitleMatch AS boolean), CAST(:afterRank AS double precision), CAST(:afterPublished AS numeric), CAST(:afterId AS uuid)';
      query.andWhere(`(${TITLE_MATCH}, ${RANK}, ${PUBLISHED}, article.id) < (${afterKey})`, {
        afterTitleMatch: after.titleMatch,
        afterRank: after.rank,
        afterPublished: after.publishedAt,
        afterId: after.id,
      });
    }
    const { entities, raw } = await query.getRawAndEntities<Record<string, unknown>>();
    const rowOf = new Map(raw.map((row) => [row.article_id, row]));
    return entities.map((article) => toHit(article, rowOf.get(article.id)!));
  }
}

function toHit(article: Article, row: Record<string, unknown>): Hit {
  const key: SearchKey = {
    titleMatch: row.search_title_match as boolean,
    rank: row.search_rank as number,
    publishedAt: row.search_published as string,
    id: article.id,
  };
  return { key, model: { article: toArticleModel(article), headline: row.search_headline as string, rank: key.rank } };
}
