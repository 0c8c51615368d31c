import type { BenchQuery, BenchRequest } from './queries.js';

export interface ExplainedStatement {
  query: string;
  parameters: unknown[];
  /** EXPLAIN (ANALYZE, BUFFERS) text; undefined for a statement that is not a read. */
  plan?: string;
}

/** Reads only: EXPLAIN ANALYZE runs the statement, which must change nothing. */
export function isExplainable(query: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(query) && !/\bFOR\s+(UPDATE|NO KEY UPDATE|SHARE)\b/i.test(query) && !/\b(INSERT|UPDATE|DELETE)\s/i.test(query.replace(/'[^']*'/g, ''));
}

/** A parameter as the report shows it: JSON, long strings shortened. */
export function parameterText(value: unknown): string {
  const text = value instanceof Date ? value.toISOString() : JSON.stringify(value) ?? String(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** The total execution time of a plan (its "Execution Time: x ms" line), for the headings. */
export function executionMs(plan: string): number | undefined {
  const match = /Execution Time: ([\d.]+) ms/.exec(plan);
  return match ? Number(match[1]) : undefined;
}

/** One query's section: the request, then each statement with its parameters and plan. */
export function explainSection(query: BenchQuery, request: BenchRequest, statements: readonly ExplainedStatement[], failure?: string): string {
  const lines = [`## ${query.name}: ${query.title}`, '', `Request: \`${request.method} ${request.path}\`${request.body ? ` \`${request.body.replace(/\s+/g, ' ')}\`` : ''}`, ''];
  if (failure) lines.push(`**The API's answer failed** (${failure.replace(/\s+/g, ' ')}); its statements, explained without the API's statement timeout:`, '');
  const total = statements.reduce((sum, statement) => sum + (statement.plan ? (executionMs(statement.plan) ?? 0) : 0), 0);
  lines.push(`${statements.length} statements, ${statements.filter((statement) => statement.plan).length} explained, ${total.toFixed(3)} ms of execution in all.`, '');
  statements.forEach((statement, index) => {
    const ms = statement.plan ? executionMs(statement.plan) : undefined;
    lines.push(`### ${query.name} statement ${index + 1}${ms === undefined ? '' : ` (${ms} ms)`}`, '', '```sql', statement.query.trim(), '```', '');
    if (statement.parameters.length > 0) lines.push(`Parameters: ${statement.parameters.map((value, n) => `$${n + 1} = ${parameterText(value)}`).join(', ')}`, '');
    if (statement.plan) lines.push('```', statement.plan, '```', '');
  });
  return lines.join('\n');
}
