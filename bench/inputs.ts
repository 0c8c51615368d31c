import type pg from 'pg';
import { PublicPaths } from '../src/common/public-paths.js';
import type { AppConfig } from '../src/config/app-config.js';
import type { LoadedDataset, SearchInput } from './dataset-file.js';

/** How many two-word searches Q4 rotates over, per locale, and how many article paths Q5 does. */
export const SEARCHES_PER_LOCALE = 25;
export const ROUTED_ARTICLES = 200;
/** Q5 asks for a section path after this many article paths. */
const ARTICLES_PER_SECTION_PATH = 4;

const WORD = /^\p{L}{4,}$/u;

/**
 * Two-word searches from article titles, deterministically: per title, its two longest distinct
 * words of at least 4 letters (the first one on a tie), lowercased; each pair once, at most
 * `perLocale` per locale, in the titles' order. Both words come from one title, so the query (an
 * AND of both) finds at least that article, unless a word is a stop word (the loader checks).
 */
export function searchQueriesFrom(titles: readonly { locale: string; title: string }[], perLocale: number): SearchInput[] {
  const chosen: SearchInput[] = [];
  const seen = new Set<string>();
  const perLocaleCount = new Map<string, number>();
  for (const { locale, title } of titles) {
    if ((perLocaleCount.get(locale) ?? 0) >= perLocale) continue;
    const words = [...new Set(title.toLowerCase().split(/[^\p{L}]+/u).filter((word) => WORD.test(word)))];
    if (words.length < 2) continue;
    const [first, second] = words
      .map((word, index) => ({ word, index }))
      .sort((a, b) => b.word.length - a.word.length || a.index - b.index)
      .slice(0, 2)
      .sort((a, b) => a.index - b.index);
    const query = `${first.word} ${second.word}`;
    if (seen.has(`${locale} ${query}`)) continue;
    seen.add(`${locale} ${query}`);
    chosen.push({ locale, query });
    perLocaleCount.set(locale, (perLocaleCount.get(locale) ?? 0) + 1);
  }
  return chosen;
}

/** Article paths with a section path after every few (the sections taken in turn). */
export function routePathsFrom(articlePaths: readonly string[], sectionPaths: readonly string[]): string[] {
  const paths: string[] = [];
  articlePaths.forEach((path, index) => {
    paths.push(path);
    if ((index + 1) % ARTICLES_PER_SECTION_PATH === 0 && sectionPaths.length > 0) {
      paths.push(sectionPaths[((index + 1) / ARTICLES_PER_SECTION_PATH - 1) % sectionPaths.length]);
    }
  });
  return paths;
}

/** The searches of searchQueriesFrom that find at least one published article in their locale, with the API's text-search configuration. */
async function findingSomething(client: pg.Client, candidates: SearchInput[]): Promise<SearchInput[]> {
  const found: SearchInput[] = [];
  for (const candidate of candidates) {
    const { rows } = await client.query<{ found: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM article WHERE locale = $1 AND status = 'PUBLISHED'
         AND search_vector @@ websearch_to_tsquery(redazione_search_config($1), $2)) AS found`,
      [candidate.locale, candidate.query],
    );
    if (rows[0]?.found) found.push(candidate);
  }
  return found;
}

/**
 * What Q4 and Q5 rotate over, from the loaded database: searches drawn from the titles of the
 * benchmark's articles (bench_params.json's slugs), and the canonical paths of the first of them
 * (ARTICLE_PATH_PATTERN, built by the API's own PublicPaths) with the benchmark sections' paths.
 */
export async function queryInputs(
  client: pg.Client,
  config: AppConfig,
  dataset: Pick<LoadedDataset, 'articleSlugs' | 'sectionSlugs'>,
): Promise<Pick<LoadedDataset, 'searchQueries' | 'routePaths'>> {
  const slugs = dataset.articleSlugs.map((article) => article.slug);
  const { rows } = await client.query<{ slug: string; locale: string; title: string; section: string | null }>(
    `SELECT a.slug, a.locale, a.title, st.slug AS section
     FROM unnest($1::text[]) WITH ORDINALITY AS p(slug, n)
     JOIN article a ON a.slug = p.slug
     JOIN story s ON s.id = a.story_id
     LEFT JOIN section_translation st ON st.section_id = s.primary_section_id AND st.locale = a.locale
     ORDER BY p.n`,
    [slugs],
  );
  const searchQueries = await findingSomething(client, searchQueriesFrom(rows, SEARCHES_PER_LOCALE));
  for (const locale of new Set(rows.map((row) => row.locale))) {
    if (!searchQueries.some((search) => search.locale === locale)) throw new Error(`no two-word search of the ${locale} titles finds anything: is the search index built?`);
  }
  const paths = new PublicPaths(config);
  const articlePaths = rows.slice(0, ROUTED_ARTICLES).map((row) => paths.article({ locale: row.locale, slug: row.slug, section: row.section }));
  const locales = [...new Set(rows.map((row) => row.locale))].sort();
  const sectionPaths = dataset.sectionSlugs.flatMap((slug) => locales.map((locale) => paths.section(locale, slug)));
  return { searchQueries, routePaths: routePathsFrom(articlePaths, sectionPaths) };
}
