import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export interface StatementCount {
  perRequest: number;
  /** Summed execution time of those statements in PostgreSQL, per request. */
  sqlMsPerRequest: number;
  statements: { calls: number; meanMs: number; query: string }[];
}

const OURS = `dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT ILIKE '%pg_stat_statements%'`;

/** Whether this server tracks statements (pg_stat_statements preloaded); the extension is created in the database if needed. */
export async function statementsAvailable(client: pg.Client): Promise<boolean> {
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await client.query('SELECT 1 FROM pg_stat_statements LIMIT 1');
    return true;
  } catch {
    return false;
  }
}

/**
 * The statements `requests` sequential requests send, per request, from pg_stat_statements of the
 * benchmark database. Nothing else may talk to that database meanwhile; this client's own
 * pg_stat_statements queries are left out.
 */
export async function countStatements(client: pg.Client, requests: number, send: () => Promise<void>): Promise<StatementCount> {
  await client.query('SELECT pg_stat_statements_reset()');
  for (let i = 0; i < requests; i++) await send();
  await sleep(200); // statistics are recorded when a statement ends, which can trail the response a little
  const { rows } = await client.query<{ calls: string; mean_ms: number; total_ms: number; query: string }>(
    `SELECT calls, mean_exec_time AS mean_ms, total_exec_time AS total_ms, query FROM pg_stat_statements WHERE ${OURS} ORDER BY calls DESC, query`,
  );
  const calls = rows.reduce((sum, row) => sum + Number(row.calls), 0);
  const totalMs = rows.reduce((sum, row) => sum + row.total_ms, 0);
  return {
    perRequest: calls / requests,
    sqlMsPerRequest: totalMs / requests,
    statements: rows.map((row) => ({ calls: Number(row.calls), meanMs: Number(row.mean_ms.toFixed(3)), query: row.query })),
  };
}
