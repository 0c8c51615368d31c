import type { LoadedDataset } from './dataset-file.js';

/** What every benchmark query has: a name, a title for the report, and a check of an answer (the data of a GraphQL answer, the JSON of a REST one). */
interface QueryBase {
  name: string;
  title: string;
  check: (data: any) => boolean;
}

/** A GraphQL query, POSTed to the target's /graphql: its text and the variables of the next request (rotating). */
export interface GraphqlQuery extends QueryBase {
  kind: 'graphql';
  query: string;
  variables: () => Record<string, unknown>;
}

/** A REST read: GET of the next path (rotating), e.g. /api/articles?locale=it&limit=20. */
export interface RestQuery extends QueryBase {
  kind: 'rest';
  path: () => string;
}

export type BenchQuery = GraphqlQuery | RestQuery;

/** One HTTP request of a query, as both fetch (checks, statement counts) and autocannon send it. */
export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * The next request of a query (the rotating inputs advance by one). GraphQL goes as a POST, as the
 * peer's is sent, or as a GET, as frontends send the reads a CDN or the response cache may answer.
 */
export function nextRequest(query: BenchQuery, graphqlOverGet = false): BenchRequest {
  if (query.kind === 'rest') return { method: 'GET', path: query.path(), headers: { accept: 'application/json' } };
  if (graphqlOverGet) {
    const search = new URLSearchParams({ query: query.query, variables: JSON.stringify(query.variables()) });
    return { method: 'GET', path: `${GRAPHQL_PATH}?${search}`, headers: { accept: 'application/json' } };
  }
  return {
    method: 'POST',
    path: GRAPHQL_PATH,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.query, variables: query.variables() }),
  };
}

/** The next item of a list at each call, round and round: the rotating inputs of Q2 and Q3. */
export function rotation<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('nothing to rotate over');
  let next = 0;
  return () => items[next++ % items.length];
}

/**
 * Our API answers per locale: the dataset's Q1 ("the 20 latest of any locale") becomes the 20 latest
 * in its biggest locale, Italian (60 % of the articles), and Q3 lists a section's Italian articles.
 */
export const LIST_LOCALE = 'it';

const CARD = 'id title slug excerpt publishedAt';
const nodes = (data: any) => (data?.articles?.edges ?? []).map((edge: any) => edge.node);
const isPage = (data: any, check: (node: any) => boolean) => nodes(data).length === 20 && nodes(data).every(check);
const hasTags = (article: any) => article.tags.length >= 3 && Boolean(article.tags[0].slug);

function articlePage(name: string, title: string, extra: string, dataset: LoadedDataset): BenchQuery {
  const next = rotation(dataset.articleSlugs);
  return {
    kind: 'graphql',
    name,
    title,
    query: `query ${name.replace('+', 'plus')}($slug: String!, $locale: String!) {
  article(slug: $slug, locale: $locale) {
    id title slug excerpt body publishedAt locale
    authors { name slug bio twitterHandle }
    primarySection { name slug }
    tags { name slug }${extra}
  }
}`,
    variables: () => ({ ...next() }),
    check: (data) => data?.article?.body?.length > 2000 && data.article.authors.length === 1 && hasTags(data.article),
  };
}

function sectionPage(name: string, title: string, includeSubsections: boolean, dataset: LoadedDataset): BenchQuery {
  const next = rotation(dataset.sectionSlugs);
  return {
    kind: 'graphql',
    name,
    title,
    query: `query ${name.replace('+', 'plus')}($section: String!) {
  articles(locale: "${LIST_LOCALE}", first: 20, filter: { section: $section, includeSubsections: ${includeSubsections} }) {
    edges { node { ${CARD} authors { name slug } } }
  }
}`,
    variables: () => ({ section: next() }),
    check: (data) => isPage(data, (article) => article.authors.length === 1),
  };
}

/**
 * Q1-Q3 as the dataset's README defines them, the richer variants frontends send (Q2+, Q3+), search
 * (Q4), routing (Q5) and the REST equivalents of Q1-Q3 (R1-R3).
 */
export function redazioneQueries(dataset: LoadedDataset): BenchQuery[] {
  return [
    {
      kind: 'graphql',
      name: 'Q1',
      title: `front page: 20 latest published (${LIST_LOCALE}), authors, primary section, tags`,
      query: `query Q1 {
  articles(locale: "${LIST_LOCALE}", first: 20) {
    edges { node { ${CARD} authors { name slug } primarySection { name slug } tags { name slug } } }
  }
}`,
      variables: () => ({}),
      check: (data) => isPage(data, (article) => article.authors.length === 1 && Boolean(article.primarySection) && hasTags(article)),
    },
    articlePage('Q2', 'article page: one article by slug and locale, body, authors, section, tags', '', dataset),
    sectionPage('Q3', `section page: 20 latest published (${LIST_LOCALE}) in one section (not its subsections), authors`, false, dataset),
    articlePage(
      'Q2+',
      'Q2 with translations and related(first: 4)',
      '\n    translations { locale slug title }\n    related(first: 4) { id title slug publishedAt primarySection { slug } }',
      dataset,
    ),
    sectionPage('Q3+', 'Q3 with the subsections included', true, dataset),
    searchQuery(dataset),
    routeQuery(dataset),
    ...restQueries(dataset),
  ];
}

/** Q4: a two-word search, rotating over queries drawn from the loaded titles, alternately Italian and English. */
function searchQuery(dataset: LoadedDataset): BenchQuery {
  const next = rotation(interleaved(dataset.searchQueries));
  return {
    kind: 'graphql',
    name: 'Q4',
    title: 'search: a two-word query (it / en in turn), first 20 hits with headline and article card',
    query: `query Q4($query: String!, $locale: String!) {
  search(query: $query, locale: $locale, first: 20) {
    totalCount
    edges { node { rank headline article { ${CARD} authors { name slug } primarySection { name slug } } } }
  }
}`,
    variables: () => ({ ...next() }),
    check: (data) => data?.search?.totalCount > 0 && data.search.edges.length > 0 && data.search.edges.every((edge: any) => edge.node.article.slug),
  };
}

/** Q5: what a public path shows, rotating over articles' canonical paths and some section paths. */
function routeQuery(dataset: LoadedDataset): BenchQuery {
  const next = rotation(dataset.routePaths);
  return {
    kind: 'graphql',
    name: 'Q5',
    title: 'routeByPath: canonical paths of articles (4 in 5) and sections',
    query: `query Q5($path: String!) {
  routeByPath(path: $path) {
    canonicalPath redirect
    target {
      __typename
      ... on Article { id title slug locale }
      ... on Section { id name slug }
    }
  }
}`,
    variables: () => ({ path: next() }),
    check: (data) => Boolean(data?.routeByPath?.target) && data.routeByPath.redirect === false,
  };
}

/** Items of a list by locale taken in turn (it, en, it, en, ...), so both languages meet the same moments. */
export function interleaved<T extends { locale: string }>(items: readonly T[]): T[] {
  const byLocale = new Map<string, T[]>();
  for (const item of items) byLocale.set(item.locale, [...(byLocale.get(item.locale) ?? []), item]);
  const lists = [...byLocale.values()];
  const longest = Math.max(0, ...lists.map((list) => list.length));
  return Array.from({ length: longest }, (_, index) => lists.flatMap((list) => (index < list.length ? [list[index]] : []))).flat();
}

const restItems = (data: any) => (Array.isArray(data?.items) ? data.items : []);
const isRestPage = (data: any, check: (item: any) => boolean) => restItems(data).length === 20 && restItems(data).every(check);

/** R1-R3: the REST equivalents of Q1-Q3 (GET, anonymous). The REST list always includes subsections, so R3 is Q3+'s. */
function restQueries(dataset: LoadedDataset): BenchQuery[] {
  const nextSlug = rotation(dataset.articleSlugs);
  const nextSection = rotation(dataset.sectionSlugs);
  return [
    {
      kind: 'rest',
      name: 'R1',
      title: `REST front page: GET /api/articles?locale=${LIST_LOCALE}&limit=20`,
      path: () => `/api/articles?locale=${LIST_LOCALE}&limit=20`,
      check: (data) => isRestPage(data, (article) => article.authors.length === 1 && Boolean(article.primarySection) && article.tags.length >= 3),
    },
    {
      kind: 'rest',
      name: 'R2',
      title: 'REST article page: GET /api/articles/:locale/:slug',
      path: () => {
        const { slug, locale } = nextSlug();
        return `/api/articles/${encodeURIComponent(locale)}/${encodeURIComponent(slug)}`;
      },
      check: (data) => data?.body?.length > 2000 && data.authors?.length === 1 && data.tags?.length >= 3,
    },
    {
      kind: 'rest',
      name: 'R3',
      title: `REST section page: GET /api/articles?locale=${LIST_LOCALE}&section=<slug>&limit=20 (subsections included, as Q3+)`,
      path: () => `/api/articles?locale=${LIST_LOCALE}&section=${encodeURIComponent(nextSection())}&limit=20`,
      check: (data) => isRestPage(data, (article) => article.authors.length === 1),
    },
  ];
}

/** The peer's Q1-Q3, verbatim from ../shared/bench/directus/bench.mjs (the public, anonymous mode). */
export function directusQueries(dataset: LoadedDataset): BenchQuery[] {
  const nextSlug = rotation(dataset.articleSlugs);
  const nextSection = rotation(dataset.sectionSlugs);
  const articles = (data: any) => data?.articles ?? [];
  return [
    {
      kind: 'graphql',
      name: 'Q1',
      title: 'front page: 20 latest published (any locale), author, section, tags',
      query: `query Q1 {
  articles(filter: { status: { _eq: "published" } }, sort: ["-published_at"], limit: 20) {
    id title slug excerpt published_at
    author { name slug }
    section { name slug }
    tags { tags_id { name slug } }
  }
}`,
      variables: () => ({}),
      check: (data) => articles(data).length === 20 && articles(data).every((a: any) => a.author && a.section && a.tags.length >= 3),
    },
    {
      kind: 'graphql',
      name: 'Q2',
      title: 'article page: one article by slug, body, author, section, tags',
      query: `query Q2($slug: String!) {
  articles(filter: { _and: [{ slug: { _eq: $slug } }, { status: { _eq: "published" } }] }, limit: 1) {
    id title slug excerpt body published_at locale
    author { name slug bio twitter }
    section { name slug }
    tags { tags_id { name slug } }
  }
}`,
      variables: () => ({ slug: nextSlug().slug }),
      check: (data) => articles(data).length === 1 && articles(data)[0].body.length > 2000,
    },
    {
      kind: 'graphql',
      name: 'Q3',
      title: 'section page: 20 latest published (any locale) in one section, author',
      query: `query Q3($section: String!) {
  articles(filter: { _and: [{ status: { _eq: "published" } }, { section: { slug: { _eq: $section } } }] }, sort: ["-published_at"], limit: 20) {
    id title slug excerpt published_at
    author { name slug }
  }
}`,
      variables: () => ({ section: nextSection() }),
      check: (data) => articles(data).length === 20 && articles(data).every((a: any) => a.author),
    },
  ];
}
