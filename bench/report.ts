import { errorsOf, type LoadResult } from './load-run.js';

export interface ResultRow extends LoadResult {
  target: string;
  query: string;
  /** Measured with the API's response cache on (RESPONSE_CACHE=true). */
  cached?: boolean;
  title: string;
  responseBytes: number;
  /** undefined when pg_stat_statements is not available. */
  statementsPerRequest?: number;
  sqlMsPerRequest?: number;
  rssPeakMb?: number;
  hwmMb?: number;
  apiCpuPct?: number;
  postgresCpuPct?: number;
}

export interface Environment {
  date: string;
  machine: string;
  loadAverage: string;
  versions: Record<string, string>;
  settings: string;
  dataset: string;
  notes: string[];
}

export const BEGIN_MARK = '<!-- bench:begin (written by `npm run bench`; edit outside the marks) -->';
export const END_MARK = '<!-- bench:end -->';

/** A row's query as the tables show it: "Q1", or "Q1 (cached)" for a row measured with the response cache on. */
export function rowName(row: Pick<ResultRow, 'query' | 'cached'>): string {
  return row.cached ? `${row.query} (cached)` : row.query;
}

const whole = (value?: number) => (value === undefined ? 'n/a' : String(Math.round(value)));
const oneDecimal = (value?: number) => (value === undefined ? 'n/a' : value.toFixed(1));

function errorCell(row: ResultRow): string {
  // autocannon counts answers: requests still in flight when the run ends are neither answers nor errors.
  if (row.requests === 0 && errorsOf(row) === 0) return 'no answer within the run';
  const total = errorsOf(row);
  return total === 0 ? '0' : `${total} (${row.socketErrors}/${row.timeouts}/${row.non2xx}/${row.graphqlErrors})`;
}

export function resultsTable(rows: readonly ResultRow[]): string {
  const lines = [
    '| target | query | req/s | p50 ms | p97.5 ms | p99 ms | errors | SQL statements / request | SQL ms / request | response bytes | API RSS peak MB (run / VmHWM) | CPU % API / PostgreSQL |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const row of rows) {
    lines.push(
      `| ${row.target} | ${rowName(row)} | ${whole(row.requestsPerSecond)} | ${row.p50} | ${row.p975} | ${row.p99} | ${errorCell(row)} | ` +
        `${oneDecimal(row.statementsPerRequest)} | ${row.sqlMsPerRequest === undefined ? 'n/a' : row.sqlMsPerRequest.toFixed(2)} | ${row.responseBytes} | ` +
        `${whole(row.rssPeakMb)} / ${whole(row.hwmMb)} | ${whole(row.apiCpuPct)} / ${whole(row.postgresCpuPct)} |`,
    );
  }
  return lines.join('\n');
}

/** Issue #8's targets against the peer: throughput ratios uncached and cached, and our p99. */
export const TARGETS = { uncachedRatio: 5, cachedRatio: 30, p99Ms: 50 };

const verdict = (met: boolean) => (met ? 'met' : 'missed');

function ratioCell(mine: ResultRow | undefined, theirs: ResultRow, target: number): string {
  if (!mine) return 'n/a';
  if (theirs.requestsPerSecond <= 0) return 'n/a';
  const ratio = mine.requestsPerSecond / theirs.requestsPerSecond;
  return `${ratio.toFixed(1)}× (${verdict(ratio >= target)})`;
}

const p99Cell = (mine?: ResultRow) => (mine ? `${mine.p99} (${verdict(mine.p99 < TARGETS.p99Ms)})` : 'n/a');

/**
 * Our throughput over the peer's, query by query (rows matched by query name), uncached and cached
 * (both over the peer's uncached figures), with the targets met or missed: ≥5× uncached, ≥30×
 * cached, p99 under 50 ms.
 */
export function comparisonTable(rows: readonly ResultRow[], ours: string, peer: string): string {
  const { uncachedRatio, cachedRatio, p99Ms } = TARGETS;
  const lines = [
    `| query | ${peer} req/s | ${peer} p99 ms | ${ours} req/s | ratio (target ≥${uncachedRatio}×) | ${ours} p99 ms (target <${p99Ms}) | ` +
      `${ours} cached req/s | cached ratio (target ≥${cachedRatio}×) | ${ours} cached p99 ms (target <${p99Ms}) |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const theirs of rows.filter((row) => row.target === peer && !row.cached)) {
    const uncached = rows.find((row) => row.target === ours && row.query === theirs.query && !row.cached);
    const cached = rows.find((row) => row.target === ours && row.query === theirs.query && row.cached);
    if (!uncached && !cached) continue;
    lines.push(
      `| ${theirs.query} | ${whole(theirs.requestsPerSecond)} | ${theirs.p99} | ${whole(uncached?.requestsPerSecond)} | ${ratioCell(uncached, theirs, uncachedRatio)} | ` +
        `${p99Cell(uncached)} | ${whole(cached?.requestsPerSecond)} | ${ratioCell(cached, theirs, cachedRatio)} | ${p99Cell(cached)} |`,
    );
  }
  return lines.join('\n');
}

/** Issue #8: growing the dataset (20,000 to 1,000,000 articles) may cost less than this share of Q1-Q3's throughput. */
export const MAX_SCALING_LOSS = 0.2;

/**
 * Throughput at this size against an earlier run at the base size (its rows from
 * bench/results/run-<articles>.json), query by query, uncached and cached apart, with the target
 * (less than 20 % lost) for Q1-Q3 and R1-R3.
 */
export function scalingTable(base: { articles: number; rows: readonly ResultRow[] }, current: { articles: number; rows: readonly ResultRow[] }, ours: string): string {
  const size = (articles: number) => articles.toLocaleString('en');
  const lines = [
    `| query | req/s at ${size(base.articles)} | req/s at ${size(current.articles)} | change | p99 ms at ${size(base.articles)} / ${size(current.articles)} | target (< ${MAX_SCALING_LOSS * 100} % lost, Q1-Q3, R1-R3) |`,
    '|---|---:|---:|---:|---:|---|',
  ];
  for (const row of current.rows.filter((each) => each.target === ours)) {
    const before = base.rows.find((each) => each.target === ours && each.query === row.query && Boolean(each.cached) === Boolean(row.cached));
    if (!before || before.requestsPerSecond <= 0) continue;
    const change = row.requestsPerSecond / before.requestsPerSecond - 1;
    const targeted = /^[QR][123]$/.test(row.query);
    lines.push(
      `| ${rowName(row)} | ${whole(before.requestsPerSecond)} | ${whole(row.requestsPerSecond)} | ${change >= 0 ? '+' : ''}${Math.round(change * 100)} % | ` +
        `${before.p99} / ${row.p99} | ${targeted ? verdict(change > -MAX_SCALING_LOSS) : '-'} |`,
    );
  }
  return lines.join('\n');
}

export function resultsSection(environment: Environment, tables: string[]): string {
  const versions = Object.entries(environment.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return [
    BEGIN_MARK,
    `Run of ${environment.date}. ${environment.settings}`,
    '',
    `- Machine: ${environment.machine}; load average (1/5/15 min) ${environment.loadAverage}.`,
    `- Versions: ${versions}.`,
    `- Data: ${environment.dataset}.`,
    ...environment.notes.map((note) => `- ${note}`),
    '',
    ...tables.flatMap((table) => [table, '']),
    'Errors: total (socket / timeout / non-2xx / GraphQL `errors`). SQL per request: pg_stat_statements over sequential requests, no load running.',
    END_MARK,
  ].join('\n');
}

/** The document with its generated section replaced (or appended when it has none yet). */
export function withResultsSection(document: string, section: string): string {
  const begin = document.indexOf(BEGIN_MARK);
  const end = document.indexOf(END_MARK);
  if (begin === -1 || end < begin) return `${document.trimEnd()}\n\n${section}\n`;
  return document.slice(0, begin) + section + document.slice(end + END_MARK.length);
}
