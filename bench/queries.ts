import type { LoadedDataset } from './dataset-file.js';

/** One benchmark query: its GraphQL text, the variables of the next request (rotating), and a check of an answer's data. */
export interface BenchQuery {
  name: string;
  title: string;
  query: string;
  variables: () => Record<string, unknown>;
  check: (data: any) => boolean;
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

/** Q1-Q3 as the dataset's README defines them, then the richer variants frontends send (Q2+, Q3+). */
export function redazioneQueries(dataset: LoadedDataset): BenchQuery[] {
  return [
    {
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
  ];
}

/** The peer's Q1-Q3, verbatim from ../shared/bench/directus/bench.mjs (the public, anonymous mode). */
export function directusQueries(dataset: LoadedDataset): BenchQuery[] {
  const nextSlug = rotation(dataset.articleSlugs);
  const nextSection = rotation(dataset.sectionSlugs);
  const articles = (data: any) => data?.articles ?? [];
  return [
    {
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
