import { describe, expect, it } from '@jest/globals';
import type { LoadedDataset } from './dataset-file.js';
import { routePathsFrom, searchQueriesFrom } from './inputs.js';
import { interleaved, nextRequest, redazioneQueries } from './queries.js';

describe('the inputs Q4 and Q5 rotate over', () => {
  it('draws two-word searches from titles: the two longest words of 4+ letters, in title order, each pair once, so many per locale', () => {
    const titles = [
      { locale: 'it', title: 'Il governo e il sindacato trattano' },
      { locale: 'it', title: 'Il governo e il sindacato trattano' },
      { locale: 'en', title: 'A new: bridge' },
      { locale: 'en', title: 'Workers meet the minister, again' },
      { locale: 'it', title: 'Prezzo della benzina in calo' },
    ];
    expect(searchQueriesFrom(titles, 1)).toEqual([
      { locale: 'it', query: 'sindacato trattano' },
      { locale: 'en', query: 'workers minister' },
    ]);
    expect(searchQueriesFrom(titles, 5).map((search) => search.query)).toEqual(['sindacato trattano', 'workers minister', 'prezzo benzina']);
  });

  it('puts a section path after every four article paths', () => {
    const articles = ['/it/a/1', '/it/a/2', '/en/b/3', '/it/a/4', '/en/b/5', '/it/a/6', '/it/a/7', '/it/a/8'];
    expect(routePathsFrom(articles, ['/it/politics', '/en/politics'])).toEqual([...articles.slice(0, 4), '/it/politics', ...articles.slice(4), '/en/politics']);
  });

  it('takes the locales in turn', () => {
    const items = [
      { locale: 'it', n: 1 },
      { locale: 'it', n: 2 },
      { locale: 'en', n: 3 },
    ];
    expect(interleaved(items).map((item) => item.n)).toEqual([1, 3, 2]);
  });
});

describe('the requests of the queries', () => {
  const dataset = {
    articleSlugs: [{ slug: 'uno-1', locale: 'it' }, { slug: 'two-2', locale: 'en' }],
    sectionSlugs: ['politics', 'world'],
    searchQueries: [{ locale: 'it', query: 'governo sindacato' }, { locale: 'en', query: 'workers minister' }],
    routePaths: ['/it/politica/uno-1', '/it/politics'],
  } as LoadedDataset;
  const queries = new Map(redazioneQueries(dataset).map((query) => [query.name, query]));

  it('POSTs GraphQL with rotating variables', () => {
    const q4 = queries.get('Q4')!;
    const bodies = [nextRequest(q4), nextRequest(q4)].map((request) => JSON.parse(request.body!).variables);
    expect(bodies).toEqual([{ query: 'governo sindacato', locale: 'it' }, { query: 'workers minister', locale: 'en' }]);
    expect(nextRequest(queries.get('Q5')!)).toMatchObject({ method: 'POST', path: '/graphql' });
  });

  it('GETs the REST equivalents with rotating paths and checks their JSON', () => {
    const r2 = queries.get('R2')!;
    expect([nextRequest(r2).path, nextRequest(r2).path]).toEqual(['/api/articles/it/uno-1', '/api/articles/en/two-2']);
    expect(nextRequest(queries.get('R3')!)).toEqual({ method: 'GET', path: '/api/articles?locale=it&section=politics&limit=20', headers: { accept: 'application/json' } });
    expect(nextRequest(queries.get('R1')!).path).toBe('/api/articles?locale=it&limit=20');
    expect(queries.get('R2')!.check({ body: 'x'.repeat(2001), authors: [{}], tags: [{}, {}, {}] })).toBe(true);
    expect(queries.get('R1')!.check({ items: [] })).toBe(false);
  });
});
