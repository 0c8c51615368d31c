import { describe, expect, it } from '@jest/globals';
import { rotation } from './queries.js';
import { BEGIN_MARK, comparisonTable, END_MARK, resultsTable, rowName, scalingTable, withResultsSection, type ResultRow } from './report.js';

const row = (target: string, query: string, requestsPerSecond: number, extra: Partial<ResultRow> = {}): ResultRow => ({
  target,
  query,
  title: query,
  responseBytes: 100,
  requestsPerSecond,
  requests: requestsPerSecond * 10,
  p50: 10,
  p975: 20,
  p99: 30,
  average: 11,
  max: 40,
  socketErrors: 0,
  timeouts: 0,
  non2xx: 0,
  graphqlErrors: 0,
  ...extra,
});

describe('the results report', () => {
  it('writes one table row per run, with n/a where nothing was measured and the error breakdown', () => {
    const table = resultsTable([row('Redazione', 'Q1', 512.4, { statementsPerRequest: 5, sqlMsPerRequest: 1.234, rssPeakMb: 180, hwmMb: 200, apiCpuPct: 95, postgresCpuPct: 40 }), row('Redazione', 'Q2', 10, { non2xx: 2, graphqlErrors: 1 })]);
    expect(table.split('\n')[2]).toBe('| Redazione | Q1 | 512 | 10 | 20 | 30 | 0 | 5.0 | 1.23 | 100 | 180 / 200 | 95 / 40 |');
    expect(table.split('\n')[3]).toBe('| Redazione | Q2 | 10 | 10 | 20 | 30 | 3 (0/0/2/1) | n/a | n/a | 100 | n/a / n/a | n/a / n/a |');
  });

  it('gives our throughput over the peer’s for the queries both ran, uncached and cached, with the targets met or missed', () => {
    const table = comparisonTable(
      [
        row('Redazione', 'Q1', 1000),
        row('Directus', 'Q1', 100),
        row('Redazione', 'Q2', 400, { p99: 60 }),
        row('Directus', 'Q2', 100),
        row('Redazione', 'Q2+', 50),
        row('Redazione', 'Q1', 3500, { cached: true, p99: 12 }),
      ],
      'Redazione',
      'Directus',
    );
    expect(table.split('\n').slice(2)).toEqual([
      '| Q1 | 100 | 30 | 1000 | 10.0× (met) | 30 (met) | 3500 | 35.0× (met) | 12 (met) |',
      '| Q2 | 100 | 30 | 400 | 4.0× (missed) | 60 (missed) | n/a | n/a | n/a |',
    ]);
  });

  it('compares throughput with the base size, uncached and cached apart, the target for Q1-Q3 and R1-R3 only', () => {
    const base = { articles: 20000, rows: [row('Redazione', 'Q1', 1000), row('Redazione', 'Q1', 5000, { cached: true }), row('Redazione', 'Q4', 100)] };
    const current = { articles: 1000000, rows: [row('Redazione', 'Q1', 850), row('Redazione', 'Q1', 3000, { cached: true }), row('Redazione', 'Q4', 10), row('Redazione', 'Q5', 10)] };
    expect(scalingTable(base, current, 'Redazione').split('\n').slice(2)).toEqual([
      '| Q1 | 1000 | 850 | -15 % | 30 / 30 | met |',
      '| Q1 (cached) | 5000 | 3000 | -40 % | 30 / 30 | missed |',
      '| Q4 | 100 | 10 | -90 % | 30 / 30 | - |',
    ]);
  });

  it('says so when no answer came back within the run (slow requests are not errors until they time out)', () => {
    expect(resultsTable([row('Redazione', 'Q4', 0, { p50: 0, p975: 0, p99: 0 })]).split('\n')[2]).toContain('| no answer within the run |');
  });

  it('names the cached rows apart', () => {
    expect(rowName({ query: 'Q1', cached: true })).toBe('Q1 (cached)');
    expect(resultsTable([row('Redazione', 'Q2', 10, { cached: true })]).split('\n')[2]).toMatch(/^\| Redazione \| Q2 \(cached\) \| 10 \|/);
  });

  it('replaces the generated section and keeps what is written around it', () => {
    const document = `# Results\n\nnotes\n\n${BEGIN_MARK}\nold\n${END_MARK}\n\nmore notes\n`;
    expect(withResultsSection(document, `${BEGIN_MARK}\nnew\n${END_MARK}`)).toBe(`# Results\n\nnotes\n\n${BEGIN_MARK}\nnew\n${END_MARK}\n\nmore notes\n`);
    expect(withResultsSection('# Results\n', 'section')).toBe('# Results\n\nsection\n');
  });

  it('rotates over the inputs, round and round', () => {
    const next = rotation(['a', 'b']);
    expect([next(), next(), next()]).toEqual(['a', 'b', 'a']);
  });
});
