/**
 * `npm run bench`: starts our built API in production mode against the database `npm run bench:load`
 * filled, checks each query's answer once, counts the SQL statements of each (pg_stat_statements),
 * then load-tests each with autocannon (warm-up discarded, then the measured run) while sampling the
 * API's memory and CPU. Writes bench/results/latest.json and the table in bench/RESULTS.md.
 *
 * Options: --duration 20 --warmup 5 --connections 50 --queries Q1,Q2,Q3,Q2+,Q3+,Q4,Q5,R1,R2,R3 --statements 10
 *          --cache off|on|both (the API's RESPONSE_CACHE: both runs every query uncached, then restarts
 *          the API with the cache on and runs them again as "Q1 (cached)" ...)
 *          --compare directus (the peer's Q1-Q3 in the same run, alternating with our uncached rows)
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
import { cacheModesOf, listOption, parseOptions, type CacheMode } from './args.js';
import { openBenchServer, withClient, type BenchServer } from './database.js';
import { RESULTS_DIR, type LoadedDataset } from './dataset-file.js';
import { loadedDatasetWithInputs } from './dataset-inputs.js';
import { errorsOf, runLoad } from './load-run.js';
import { directusTarget, pidIn, targetOf, type Target } from './peers.js';
import { startSampling } from './process-stats.js';
import { nextRequest, redazioneQueries, LIST_LOCALE, type BenchQuery, type BenchRequest } from './queries.js';
import { comparisonTable, resultsSection, resultsTable, rowName, scalingTable, withResultsSection, type Environment, type ResultRow } from './report.js';
import { countStatements, statementsAvailable, type StatementCount } from './statements.js';

const DEFAULTS = {
  duration: 20,
  warmup: 5,
  connections: 50,
  queries: 'Q1,Q2,Q3,Q2+,Q3+,Q4,Q5,R1,R2,R3',
  statements: 10,
  compare: '',
  cache: 'both',
};
type RunOptions = typeof DEFAULTS;
const say = (line: string) => process.stdout.write(`${line}\n`);
const loadAverage = () => loadavg().map((value) => value.toFixed(1)).join(' / ');

async function send(target: Target, request: BenchRequest): Promise<{ status: number; text: string }> {
  const response = await fetch(`${target.baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, text: await response.text() };
}

/** Whether one answer is right: HTTP 200, no GraphQL `errors`, and the query's own check of its data. */
function rightAnswer(query: BenchQuery, status: number, text: string): boolean {
  if (status !== 200) return false;
  const answer = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (query.kind === 'rest') return query.check(answer);
  return !answer.errors && query.check(answer.data);
}

/**
 * One request per query, whose answer must be right: a benchmark of error pages proves nothing. With
 * `twice`, the same request again, which a response cache answers: that answer must be right too.
 */
async function verify(target: Target, names: string[], twice = false): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const name of names) {
    const query = target.queries.get(name);
    if (!query) throw new Error(`${target.name} has no query ${name} (it has ${[...target.queries.keys()].join(', ')})`);
    const request = nextRequest(query);
    for (let round = twice ? 2 : 1; round > 0; round--) {
      const { status, text } = await send(target, request);
      if (!rightAnswer(query, status, text)) {
        throw new Error(`${target.name} ${name}: wrong answer (HTTP ${status}) to ${request.method} ${request.path} ${request.body ?? ''}: ${text.slice(0, 600)}`);
      }
      sizes.set(name, Buffer.byteLength(text));
    }
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

/**
 * Waits for the requests autocannon left in flight when it stopped: the server still answers them (a
 * slow query's backlog can last seconds), which would otherwise land on the next row. One more request
 * queues behind them; its answer means they are done.
 */
async function drain(target: Target, query: BenchQuery): Promise<void> {
  await sleep(200);
  await send(target, nextRequest(query)).catch(() => undefined);
}

/** Requests that prime the response cache before a cached row: twice the longest rotation (1,000 article slugs). */
const PRIME_REQUESTS = 2000;

/**
 * Uncached rows send GraphQL as POST (as the peer gets it); cached rows as GET (as frontends send the
 * reads a cache may answer), after priming the cache with every rotating input: a cached row measures
 * the steady state of a cache that has seen the pages, not its first fills.
 */
async function measure(target: Target, name: string, options: RunOptions, cached = false): Promise<ResultRow> {
  const query = target.queries.get(name)!;
  if (cached) await runLoad(target.baseUrl, query, options.connections, { requests: PRIME_REQUESTS }, true);
  if (options.warmup > 0) await runLoad(target.baseUrl, query, options.connections, { seconds: options.warmup }, cached);
  await drain(target, query);
  const stopSampling = target.pid ? startSampling(target.pid, target.postgresPid) : undefined;
  const result = await runLoad(target.baseUrl, query, options.connections, { seconds: options.duration }, cached);
  const usage = stopSampling?.();
  await drain(target, query);
  const row: ResultRow = { target: target.name, query: name, ...(cached ? { cached } : {}), title: query.title, responseBytes: 0, ...result, ...usage };
  say(`  ${target.name} ${rowName(row)}: ${Math.round(row.requestsPerSecond)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${errorsOf(row)}` +
    (usage ? `, RSS peak ${Math.round(usage.rssPeakMb)} MB, CPU ${target.name} ${usage.apiCpuPct} % / PostgreSQL ${usage.postgresCpuPct ?? 'n/a'} %` : ''));
  if (row.firstError) say(`    first error: ${row.firstError}`);
  return row;
}

/** The statements of `requests` sequential requests of one query (after one more that warms what a first request loads). */
async function statementsOf(client: pg.Client, target: Target, name: string, requests: number, cached: boolean): Promise<StatementCount> {
  const query = target.queries.get(name)!;
  await send(target, nextRequest(query, cached));
  return countStatements(client, requests, async () => void (await send(target, nextRequest(query, cached))));
}

async function packageVersion(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join('node_modules', name, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

/** The cold start of each phase's API process: spawn to the first 200 of /health/ready. */
type ColdStarts = Partial<Record<CacheMode, number>>;

async function environmentOf(config: AppConfig, server: BenchServer, dataset: LoadedDataset, options: RunOptions, coldStarts: ColdStarts, startLoad: string): Promise<Environment> {
  const postgres = await withClient(server.benchUrl, async (client) => (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version);
  const packages = ['@nestjs/core', '@nestjs/graphql', '@apollo/server', 'graphql', 'typeorm', 'pg', 'autocannon'];
  const versions: Record<string, string> = { node: process.versions.node, PostgreSQL: `${postgres}${server.embedded ? ' (embedded)' : ''}` };
  for (const name of packages) versions[name] = await packageVersion(name);
  const cpu = cpus();
  const starts = Object.entries(coldStarts).map(([mode, ms]) => `${ms} ms (RESPONSE_CACHE=${mode === 'on'})`);
  return {
    date: new Date().toISOString(),
    machine: `${cpu.length} CPUs (${cpu[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM; API, PostgreSQL and autocannon share it`,
    loadAverage: `${startLoad} at the start, ${loadAverage()} at the end`,
    versions,
    settings:
      `${options.connections} connections, ${options.warmup} s warm-up (discarded) + ${options.duration} s measured per row, anonymous ` +
      '(GraphQL: POST /graphql uncached, GET /graphql?query= cached, after a priming pass over every rotating input; REST: GET).',
    dataset:
      `${dataset.articles} articles (${dataset.rows.story_tag} tag links) loaded ${dataset.loadedAt} in ${dataset.seconds.load} s; Q2 rotates over ` +
      `${dataset.articleSlugs.length} slugs, Q3 over the sections ${dataset.sectionSlugs.join(', ')}; Q4 over ${dataset.searchQueries.length} two-word ` +
      `searches (${[...new Set(dataset.searchQueries.map((search) => search.locale))].join(' / ')}), Q5 over ${dataset.routePaths.length} paths`,
    notes: [
      `Our API: \`node dist/src/main.js\`, NODE_ENV=production, LOG_LEVEL=warn, pool ${config.DB_POOL_MAX}, scheduler and outbox loops off; cold start (spawn to /health/ready) ${starts.join(', ')}.`,
      `Our Q1 and Q3 list the locale "${LIST_LOCALE}" (our lists are per locale; the dataset's Q1 takes any locale). R3 includes subsections (the REST list always does), like Q3+.`,
      ...(coldStarts.on === undefined
        ? []
        : ['"(cached)" rows: a second API process with RESPONSE_CACHE=true, after the uncached rows; their SQL per request is counted after the load run, with the cache warm.']),
    ],
  };
}

/** The size runs are scaled against: the dataset's default. */
const BASE_ARTICLES = 20000;

/** The rows of the last run at a size (bench/results/run-<articles>.json), if there was one. */
async function runAt(articles: number): Promise<{ environment: Environment; rows: ResultRow[] } | undefined> {
  const text = await readFile(join(RESULTS_DIR, `run-${articles}.json`), 'utf8').catch(() => undefined);
  return text ? (JSON.parse(text) as { environment: Environment; rows: ResultRow[] }) : undefined;
}

async function report(rows: ResultRow[], environment: Environment, coldStarts: ColdStarts, articles: number, compared?: Target): Promise<void> {
  const tables = [resultsTable(rows)];
  if (compared) tables.push(comparisonTable(rows, 'Redazione', compared.name));
  const base = articles === BASE_ARTICLES ? undefined : await runAt(BASE_ARTICLES);
  if (base) {
    tables.push(
      `Growing the dataset: this run against the last one at ${BASE_ARTICLES.toLocaleString('en')} articles (${base.environment.date}: ${base.environment.settings})\n\n` +
        scalingTable({ articles: BASE_ARTICLES, rows: base.rows }, { articles, rows }, 'Redazione'),
    );
  }
  const section = resultsSection(environment, tables);
  await mkdir(RESULTS_DIR, { recursive: true });
  const json = `${JSON.stringify({ environment, articles, coldStartMs: coldStarts, rows }, null, 2)}\n`;
  await writeFile(join(RESULTS_DIR, 'latest.json'), json);
  // Kept per size, so that a run at another size can show what growing the dataset cost.
  await writeFile(join(RESULTS_DIR, `run-${articles}.json`), json);
  const file = join('bench', 'RESULTS.md');
  const document = await readFile(file, 'utf8').catch(() => '# Benchmark results\n');
  await writeFile(file, withResultsSection(document, section));
  say(`\n${tables.join('\n\n')}\n\nWrote ${join(RESULTS_DIR, 'latest.json')} and ${file}.`);
}

/**
 * One phase: our rows with one RESPONSE_CACHE setting and, when given, the peer's, alternating query
 * by query so both meet the same moments of a busy machine. Uncached, the statements are counted
 * before the load; cached, after it (a cache answers only what it has seen: the steady state).
 */
async function measurePhase(
  ours: Target,
  peer: Target | undefined,
  names: string[],
  options: RunOptions,
  cached: boolean,
  benchUrl: string | undefined,
): Promise<{ rows: ResultRow[]; statements: Record<string, StatementCount> }> {
  const sizes = await verify(ours, names, cached);
  const peerNames = peer ? names.filter((name) => peer.queries.has(name)) : [];
  const peerSizes = peer ? await verify(peer, peerNames) : new Map<string, number>();
  const count = (name: string) => (benchUrl ? withClient(benchUrl, (client) => statementsOf(client, ours, name, options.statements, cached)) : Promise.resolve(undefined));
  const before = new Map<string, StatementCount | undefined>();
  if (!cached) for (const name of names) before.set(name, await count(name));
  const rows: ResultRow[] = [];
  const statements: Record<string, StatementCount> = {};
  for (const name of names) {
    const row = await measure(ours, name, options, cached);
    const counted = cached ? await count(name) : before.get(name);
    if (counted) statements[rowName(row)] = counted;
    rows.push({ ...row, responseBytes: sizes.get(name)!, statementsPerRequest: counted?.perRequest, sqlMsPerRequest: counted?.sqlMsPerRequest });
    if (peer && peerNames.includes(name)) rows.push({ ...(await measure(peer, name, options)), responseBytes: peerSizes.get(name)! });
  }
  return { rows, statements };
}

/**
 * The API's background loops (scheduler, outbox) off: each sends a few statements every 5 s, which
 * the statement count would put on the requests (the cached rows' ~0 above all).
 */
const QUIET = { SCHEDULER_INTERVAL_MS: '0', OUTBOX_POLL_INTERVAL_MS: '0' };

async function benchmark(config: AppConfig, options: RunOptions): Promise<void> {
  if (options.compare && options.compare !== 'directus') throw new Error(`--compare ${options.compare}: unknown peer (known: directus)`);
  const modes = cacheModesOf(options.cache);
  const names = listOption(options.queries);
  const startLoad = loadAverage();
  const { server, tracking } = await withStatementTracking(config, await openBenchServer(config));
  let api: ApiProcess | undefined;
  try {
    const dataset = await loadedDatasetWithInputs(config, server.benchUrl, say);
    const peer = options.compare ? await directusTarget(dataset) : undefined;
    const rows: ResultRow[] = [];
    const statements: Record<string, StatementCount> = {};
    const coldStarts: ColdStarts = {};
    for (const mode of modes) {
      api = await startApi(server.benchUrl, join(RESULTS_DIR, `api-cache-${mode}.log`), { RESPONSE_CACHE: String(mode === 'on'), ...QUIET });
      coldStarts[mode] = api.coldStartMs;
      say(`API with RESPONSE_CACHE=${mode === 'on'} ready in ${api.coldStartMs} ms (pid ${api.pid}); ${dataset.articles} articles; statements: ${tracking ? 'pg_stat_statements' : 'n/a'}`);
      const ours = targetOf('Redazione', api.baseUrl, redazioneQueries(dataset), api.pid, postmasterPid(config, server));
      // The peer alternates with our first phase only: the cached rows compare with its uncached figures.
      const phase = await measurePhase(ours, mode === modes[0] ? peer : undefined, names, options, mode === 'on', tracking ? server.benchUrl : undefined);
      rows.push(...phase.rows);
      Object.assign(statements, phase.statements);
      await api.stop();
      api = undefined;
    }
    await writeFile(join(RESULTS_DIR, 'statements.json'), `${JSON.stringify(statements, null, 2)}\n`);
    await report(rows, await environmentOf(config, server, dataset, options, coldStarts, startLoad), coldStarts, dataset.articles, peer);
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
