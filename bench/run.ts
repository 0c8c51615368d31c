/**
 * `npm run bench`: starts our built API in production mode against the database `npm run bench:load`
 * filled, checks each query's answer once, counts the SQL statements of each (pg_stat_statements),
 * then load-tests each with autocannon (warm-up discarded, then the measured run) while sampling the
 * API's memory and CPU. Writes bench/results/latest.json and the table in bench/RESULTS.md.
 *
 * Options: --duration 20 --warmup 5 --connections 50 --queries Q1,Q2,Q3,Q2+,Q3+ --statements 10
 *          --compare directus (the peer's Q1-Q3 in the same run, alternating with ours)
 */
import 'reflect-metadata';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import type pg from 'pg';
import { loadConfig, type AppConfig } from '../src/config/app-config.js';
import { loadDotEnv } from '../src/config/dotenv.js';
import { startApi, type ApiProcess } from './api-process.js';
import { listOption, parseOptions } from './args.js';
import { openBenchServer, withClient, type BenchServer } from './database.js';
import { readLoadedDataset, RESULTS_DIR, type LoadedDataset } from './dataset-file.js';
import { errorsOf, requestBody, runLoad } from './load-run.js';
import { directusTarget, pidIn, targetOf, type Target } from './peers.js';
import { startSampling } from './process-stats.js';
import { redazioneQueries, LIST_LOCALE, type BenchQuery } from './queries.js';
import { comparisonTable, resultsSection, resultsTable, withResultsSection, type Environment, type ResultRow } from './report.js';
import { countStatements, statementsAvailable, type StatementCount } from './statements.js';

const DEFAULTS = { duration: 20, warmup: 5, connections: 50, queries: 'Q1,Q2,Q3,Q2+,Q3+', statements: 10, compare: '' };
type RunOptions = typeof DEFAULTS;
const say = (line: string) => process.stdout.write(`${line}\n`);
const loadAverage = () => loadavg().map((value) => value.toFixed(1)).join(' / ');

async function post(target: Target, query: BenchQuery): Promise<{ status: number; text: string }> {
  const response = await fetch(target.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: requestBody(query),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, text: await response.text() };
}

/** One request per query, whose answer must be right: a benchmark of error pages proves nothing. */
async function verify(target: Target, names: string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const name of names) {
    const query = target.queries.get(name);
    if (!query) throw new Error(`${target.name} has no query ${name} (it has ${[...target.queries.keys()].join(', ')})`);
    const { status, text } = await post(target, query);
    const answer = JSON.parse(text) as { data?: unknown; errors?: unknown };
    if (status !== 200 || answer.errors || !query.check(answer.data)) throw new Error(`${target.name} ${name}: wrong answer (HTTP ${status}): ${text.slice(0, 600)}`);
    sizes.set(name, Buffer.byteLength(text));
  }
  return sizes;
}

/**
 * pg_stat_statements needs `shared_preload_libraries`. The embedded cluster takes no flags, so on
 * first use it is set with ALTER SYSTEM (kept in the cluster's postgresql.auto.conf) and the cluster
 * restarted; an external server without it gives "n/a".
 */
async function withStatementTracking(config: AppConfig, server: BenchServer): Promise<{ server: BenchServer; tracking: boolean }> {
  if (await withClient(server.benchUrl, statementsAvailable)) return { server, tracking: true };
  if (!server.embedded) return { server, tracking: false };
  say('Enabling pg_stat_statements in the embedded cluster (ALTER SYSTEM shared_preload_libraries) and restarting it');
  await withClient(server.adminUrl, (client) => client.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`));
  await server.stop();
  const restarted = await openBenchServer(config);
  return { server: restarted, tracking: await withClient(restarted.benchUrl, statementsAvailable) };
}

/** The embedded cluster's postmaster, for its CPU share (an external server's is not ours to watch). */
function postmasterPid(config: AppConfig, server: BenchServer): number | undefined {
  return server.embedded ? pidIn(join(config.EMBEDDED_DB_DIR, 'postmaster.pid')) : undefined;
}

async function measure(target: Target, name: string, options: RunOptions): Promise<ResultRow> {
  const query = target.queries.get(name)!;
  if (options.warmup > 0) await runLoad(target.graphqlUrl, query, options.connections, options.warmup);
  await sleep(1000); // let the warm-up's last requests drain
  const stopSampling = target.pid ? startSampling(target.pid, target.postgresPid) : undefined;
  const result = await runLoad(target.graphqlUrl, query, options.connections, options.duration);
  const usage = stopSampling?.();
  const row: ResultRow = { target: target.name, query: name, title: query.title, responseBytes: 0, ...result, ...usage };
  say(`  ${target.name} ${name}: ${Math.round(row.requestsPerSecond)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${errorsOf(row)}` +
    (usage ? `, RSS peak ${Math.round(usage.rssPeakMb)} MB, CPU ${target.name} ${usage.apiCpuPct} % / PostgreSQL ${usage.postgresCpuPct ?? 'n/a'} %` : ''));
  if (row.firstError) say(`    first error: ${row.firstError}`);
  return row;
}

async function statementsOf(client: pg.Client, target: Target, names: string[], requests: number): Promise<Map<string, StatementCount>> {
  const counts = new Map<string, StatementCount>();
  for (const name of names) {
    const query = target.queries.get(name)!;
    await post(target, query); // warm: the first request of a kind may load caches
    counts.set(name, await countStatements(client, requests, async () => void (await post(target, query))));
  }
  return counts;
}

async function packageVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join('node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

async function environmentOf(config: AppConfig, server: BenchServer, dataset: LoadedDataset, options: RunOptions, api: ApiProcess, startLoad: string): Promise<Environment> {
  const postgres = await withClient(server.benchUrl, async (client) => (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version);
  const packages = ['@nestjs/core', '@nestjs/graphql', '@apollo/server', 'graphql', 'typeorm', 'pg', 'autocannon'];
  const versions: Record<string, string> = { node: process.versions.node, PostgreSQL: `${postgres}${server.embedded ? ' (embedded)' : ''}` };
  for (const name of packages) versions[name] = await packageVersion(name);
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    machine: `${cpu.length} CPUs (${cpu[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM; API, PostgreSQL and autocannon share it`,
    loadAverage: `${startLoad} at the start, ${loadAverage()} at the end`,
    versions,
    settings: `${options.connections} connections, ${options.warmup} s warm-up (discarded) + ${options.duration} s measured per row, anonymous POST /graphql.`,
    dataset: `${dataset.articles} articles (${dataset.rows.story_tag} tag links) loaded ${dataset.loadedAt} in ${dataset.seconds.load} s; Q2 rotates over ${dataset.articleSlugs.length} slugs, Q3 over the sections ${dataset.sectionSlugs.join(', ')}`,
    notes: [
      `Our API: \`node dist/src/main.js\`, NODE_ENV=production, LOG_LEVEL=warn, pool ${config.DB_POOL_MAX}; cold start (spawn to /health/ready) ${api.coldStartMs} ms.`,
      `Our Q1 and Q3 list the locale "${LIST_LOCALE}" (our lists are per locale; the dataset's Q1 takes any locale).`,
    ],
  };
}

async function report(rows: ResultRow[], environment: Environment, compared?: Target): Promise<void> {
  const tables = [resultsTable(rows)];
  if (compared) tables.push(comparisonTable(rows, 'Redazione', compared.name));
  const section = resultsSection(environment, tables);
  await mkdir(RESULTS_DIR, { recursive: true });
  await writeFile(join(RESULTS_DIR, 'latest.json'), `${JSON.stringify({ environment, rows }, null, 2)}\n`);
  const file = join('bench', 'RESULTS.md');
  const document = await readFile(file, 'utf8').catch(() => '# Benchmark results\n');
  await writeFile(file, withResultsSection(document, section));
  say(`\n${tables.join('\n\n')}\n\nWrote ${join(RESULTS_DIR, 'latest.json')} and ${file}.`);
}

/** Our rows and the peer's, alternating query by query, so both meet the same moments of a busy machine. */
async function measureAll(
  ours: Target,
  peer: Target | undefined,
  names: string[],
  options: RunOptions,
  measured: { sizes: Map<string, number>; statements: Map<string, StatementCount> },
): Promise<ResultRow[]> {
  const { sizes, statements } = measured;
  const peerNames = peer ? names.filter((name) => peer.queries.has(name)) : [];
  const peerSizes = peer ? await verify(peer, peerNames) : new Map<string, number>();
  const rows: ResultRow[] = [];
  for (const name of names) {
    const count = statements.get(name);
    rows.push({ ...(await measure(ours, name, options)), responseBytes: sizes.get(name)!, statementsPerRequest: count?.perRequest, sqlMsPerRequest: count?.sqlMsPerRequest });
    if (peer && peerNames.includes(name)) rows.push({ ...(await measure(peer, name, options)), responseBytes: peerSizes.get(name)! });
  }
  return rows;
}

async function benchmark(config: AppConfig, options: RunOptions): Promise<void> {
  if (options.compare && options.compare !== 'directus') throw new Error(`--compare ${options.compare}: unknown peer (known: directus)`);
  const dataset = await readLoadedDataset();
  const names = listOption(options.queries);
  const startLoad = loadAverage();
  const { server, tracking } = await withStatementTracking(config, await openBenchServer(config));
  let api: ApiProcess | undefined;
  try {
    api = await startApi(server.benchUrl, join(RESULTS_DIR, 'api.log'));
    say(`API ready in ${api.coldStartMs} ms (pid ${api.pid}); ${dataset.articles} articles; statements: ${tracking ? 'pg_stat_statements' : 'n/a'}`);
    const ours = targetOf('Redazione', api.graphqlUrl, redazioneQueries(dataset), api.pid, postmasterPid(config, server));
    const peer = options.compare ? await directusTarget(dataset) : undefined;
    const sizes = await verify(ours, names);
    const statements = tracking
      ? await withClient(server.benchUrl, (client) => statementsOf(client, ours, names, options.statements))
      : new Map<string, StatementCount>();
    const rows = await measureAll(ours, peer, names, options, { sizes, statements });
    await writeFile(join(RESULTS_DIR, 'statements.json'), `${JSON.stringify(Object.fromEntries(statements), null, 2)}\n`);
    await report(rows, await environmentOf(config, server, dataset, options, api, startLoad), peer);
  } finally {
    await api?.stop();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), DEFAULTS);
  loadDotEnv();
  const config = loadConfig();
  Logger.overrideLogger(['fatal', 'error', 'warn']);
  await benchmark(config, options);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
