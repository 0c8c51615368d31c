import { errorsOf, type LoadResult } from './load-run.js';

export interface ResultRow extends LoadResult {
  target: string;
  query: string;
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

const whole = (value?: number) => (value === undefined ? 'n/a' : String(Math.round(value)));
const oneDecimal = (value?: number) => (value === undefined ? 'n/a' : value.toFixed(1));

function errorCell(row: ResultRow): string {
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
      `| ${row.target} | ${row.query} | ${whole(row.requestsPerSecond)} | ${row.p50} | ${row.p975} | ${row.p99} | ${errorCell(row)} | ` +
        `${oneDecimal(row.statementsPerRequest)} | ${row.sqlMsPerRequest === undefined ? 'n/a' : row.sqlMsPerRequest.toFixed(2)} | ${row.responseBytes} | ` +
        `${whole(row.rssPeakMb)} / ${whole(row.hwmMb)} | ${whole(row.apiCpuPct)} / ${whole(row.postgresCpuPct)} |`,
    );
  }
  return lines.join('\n');
}

/** Our throughput over the peer's, query by query (the rows of both targets, matched by query name). */
export function comparisonTable(rows: readonly ResultRow[], ours: string, peer: string): string {
  const lines = [`| query | ${ours} req/s | ${peer} req/s | ratio | ${ours} p99 ms | ${peer} p99 ms |`, '|---|---:|---:|---:|---:|---:|'];
  for (const mine of rows.filter((row) => row.target === ours)) {
    const theirs = rows.find((row) => row.target === peer && row.query === mine.query);
    if (!theirs) continue;
    const ratio = theirs.requestsPerSecond > 0 ? `${(mine.requestsPerSecond / theirs.requestsPerSecond).toFixed(1)}×` : 'n/a';
    lines.push(`| ${mine.query} | ${whole(mine.requestsPerSecond)} | ${whole(theirs.requestsPerSecond)} | ${ratio} | ${mine.p99} | ${theirs.p99} |`);
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
