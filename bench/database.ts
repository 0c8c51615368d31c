import { resolve } from 'node:path';
import pg from 'pg';
import type { AppConfig } from '../src/config/app-config.js';
import { openDatabaseServer, type DatabaseServer } from '../src/database/database-server.js';

/** The database the benchmark loads and the API under test reads: never the application's own. */
export const BENCH_DATABASE = 'redazione_bench';

/** The shared benchmark material (dataset generator, peers): `../shared/bench` unless `BENCH_SHARED_DIR`. */
export function sharedBenchDir(): string {
  return resolve(process.env.BENCH_SHARED_DIR ?? '../shared/bench');
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

export interface BenchServer extends DatabaseServer {
  /** The configured server's maintenance database (`postgres`): where databases are dropped and created. */
  adminUrl: string;
  benchUrl: string;
  embedded: boolean;
}

/** The configured server (DATABASE_URL, or the embedded cluster started here), with the benchmark database's URL. */
export async function openBenchServer(config: AppConfig): Promise<BenchServer> {
  const server = await openDatabaseServer(config);
  return {
    ...server,
    adminUrl: withDatabase(server.url, 'postgres'),
    benchUrl: withDatabase(server.url, BENCH_DATABASE),
    embedded: !config.DATABASE_URL,
  };
}

/** Runs `work` with one connection, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: 'redazione-bench' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
