import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedDataset } from './dataset-file.js';
import { directusQueries, type BenchQuery } from './queries.js';

/** A system under test: its base URL (GraphQL at /graphql), its process (for RSS and CPU), its queries by name. */
export interface Target {
  name: string;
  baseUrl: string;
  pid?: number;
  /** Its PostgreSQL's postmaster, when it runs on this machine. */
  postgresPid?: number;
  queries: Map<string, BenchQuery>;
}

const byName = (queries: BenchQuery[]) => new Map(queries.map((query) => [query.name, query]));

export function targetOf(name: string, baseUrl: string, queries: BenchQuery[], pid?: number, postgresPid?: number): Target {
  return { name, baseUrl, pid, postgresPid, queries: byName(queries) };
}

/** The first line of a pid file (PostgreSQL's postmaster.pid holds more lines after it). */
export function pidIn(file: string): number | undefined {
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0].trim()) : undefined;
}

/**
 * The Directus peer, as ../shared/bench/directus/setup.sh leaves it when run from its copy in
 * .bench-peers/ (the shared folder is read-only): running on 127.0.0.1:8055 with the 20,000-article set.
 */
export async function directusTarget(dataset: LoadedDataset): Promise<Target> {
  const base = process.env.DIRECTUS_URL ?? 'http://127.0.0.1:8055';
  const data = join('.bench-peers', 'directus', 'data');
  const pidFile = join(data, 'directus.pid');
  const healthy = await fetch(`${base}/server/ping`, { signal: AbortSignal.timeout(3000) }).then((response) => response.ok, () => false);
  if (!healthy || !existsSync(pidFile)) {
    throw new Error(
      `--compare directus: not yet. No Directus answers at ${base} (or ${pidFile} is missing). Set it up first (~3.5 minutes): ` +
        '`cp -r ../shared/bench/. .bench-peers/ && .bench-peers/directus/setup.sh`, then run this again; `.bench-peers/directus/stop.sh` stops it.',
    );
  }
  if (dataset.articles !== 20000) throw new Error(`--compare directus: the peer holds the 20,000-article set, but ${dataset.articles} are loaded here`);
  return targetOf('Directus', base, directusQueries(dataset), pidIn(pidFile), pidIn(join(data, 'pg', 'postmaster.pid')));
}
