/**
 * `npm run bench:load -- --articles 20000`: generates the neutral dataset (../shared/bench/dataset)
 * and loads it into a fresh `redazione_bench` database on the configured server, migrated with the
 * real migrations: CSV into UNLOGGED staging tables with COPY FROM STDIN, then set-based SQL into
 * our model (dataset-model.ts), then VACUUM (ANALYZE). Writes bench/results/dataset.json for `npm run bench`:
 * the load's figures and what the queries rotate over (slugs, sections, searches, paths).
 */
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Logger } from '@nestjs/common';
import type pg from 'pg';
import { plainTextOf, wordCountOf } from '../src/articles/article-text.js';
import { logLevels, openDataSource } from '../src/bootstrap.js';
import { loadConfig, type AppConfig } from '../src/config/app-config.js';
import { loadDotEnv } from '../src/config/dotenv.js';
import { parseOptions } from './args.js';
import { copyCsvFromFile } from './copy-in.js';
import { BENCH_DATABASE, openBenchServer, sharedBenchDir, withClient } from './database.js';
import { DATASET_FILE, RESULTS_DIR, type LoadedDataset } from './dataset-file.js';
import { queryInputs } from './inputs.js';
import { copyTargetOf, createStagingSql, mappingStatements, PLAIN_TEXT_FUNCTION, STAGING } from './dataset-model.js';

const run = promisify(execFile);
const say = (line: string) => process.stdout.write(`${line}\n`);

/** Seconds since `start` (a performance.now() value), to 0.01 s. */
function since(start: number): number {
  return Math.round(performance.now() - start) / 1000;
}

/** Runs a copy of the shared generator (the shared folder is read-only; the copy lives in git-ignored .bench-peers/). */
async function generate(out: string, articles: number, seed: number): Promise<void> {
  const copy = join('.bench-peers', 'dataset', 'generate.mjs');
  await mkdir(join('.bench-peers', 'dataset'), { recursive: true });
  await copyFile(join(sharedBenchDir(), 'dataset', 'generate.mjs'), copy);
  await run(process.execPath, [copy, '--format', 'csv', '--out', out, '--articles', String(articles), '--seed', String(seed)], {
    maxBuffer: 1 << 24,
  });
}

async function recreateDatabase(adminUrl: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  });
}

async function stage(client: pg.Client, dir: string, seconds: Record<string, number>, rows: Record<string, number>): Promise<void> {
  for (const staging of STAGING) {
    const start = performance.now();
    await client.query(createStagingSql(staging));
    rows[staging.file] = await copyCsvFromFile(client, copyTargetOf(staging), join(dir, staging.file));
    seconds[`copy ${staging.file}`] = since(start);
  }
}

/**
 * Drops the non-unique indexes of these tables around `work` and builds them again after: building
 * once is cheaper than maintaining them row by row (the GIN search index on article above all).
 * Unique indexes stay, so the load still proves slugs unique.
 */
async function withoutSecondaryIndexes(client: pg.Client, tables: string[], seconds: Record<string, number>, work: () => Promise<void>): Promise<void> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
     FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace AND NOT x.indisunique`,
    [tables],
  );
  for (const index of rows) await client.query(`DROP INDEX "${index.name}"`);
  await work();
  const start = performance.now();
  for (const index of rows) await client.query(index.definition);
  seconds[`build ${rows.length} indexes`] = since(start);
}

/**
 * Runs an insert from ds_article as `parts` slices (by dataset id) on as many connections at once:
 * the article insert is CPU-bound in PostgreSQL (the search-vector trigger, the plain text), so
 * each slice gets a core.
 */
async function inSlices(url: string, sql: string, parts: number): Promise<number> {
  const counts = await Promise.all(
    Array.from({ length: parts }, (_, part) =>
      withClient(url, async (client) => {
        await client.query('SET synchronous_commit = off');
        await client.query(PLAIN_TEXT_FUNCTION);
        return (await client.query(`${sql} WHERE a.id % ${parts} = ${part}`)).rowCount ?? 0;
      }),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * Staging tables to our tables, then the staging tables go and the planner gets statistics. Not one
 * transaction (the sliced insert spans connections): a failed load leaves a partial database, which
 * the next load drops.
 */
async function map(client: pg.Client, url: string, locales: string[], seconds: Record<string, number>, rows: Record<string, number>): Promise<void> {
  const statements = mappingStatements();
  await withoutSecondaryIndexes(client, statements.map((statement) => statement.name), seconds, async () => {
    for (const statement of statements) {
      const start = performance.now();
      rows[statement.name] = statement.sliced
        ? await inSlices(url, statement.sql, cpus().length)
        : ((await client.query(statement.sql, statement.sql.includes('$1') ? [locales] : [])).rowCount ?? 0);
      seconds[`insert ${statement.name}`] = since(start);
    }
  });
  await client.query(`DROP TABLE ${STAGING.map((staging) => staging.table).join(', ')}`);
  const start = performance.now();
  // VACUUM too: the visibility map lets the lists walk their indexes without visiting the table.
  await client.query('VACUUM (ANALYZE)');
  seconds.analyze = since(start);
}

/** The SQL derivation of body_text and word_count must agree with the app's (article-text.ts). */
async function checkPlainText(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ slug: string; body: string; body_text: string; word_count: number }>(
    'SELECT slug, body, body_text, word_count FROM article ORDER BY random() LIMIT 25',
  );
  for (const row of rows) {
    const text = plainTextOf(row.body);
    if (text !== row.body_text || wordCountOf(text) !== row.word_count) {
      throw new Error(`body_text/word_count of ${row.slug} differ from plainTextOf/wordCountOf: fix plainTextSql in bench/dataset-model.ts`);
    }
  }
}

async function benchInputs(client: pg.Client, dir: string): Promise<Pick<LoadedDataset, 'articleSlugs' | 'sectionSlugs'>> {
  const params = JSON.parse(await readFile(join(dir, 'bench_params.json'), 'utf8')) as { article_slugs: string[]; section_slugs: string[] };
  const { rows } = await client.query<{ slug: string; locale: string }>(
    'SELECT a.slug, a.locale FROM unnest($1::text[]) WITH ORDINALITY AS p(slug, n) JOIN article a ON a.slug = p.slug ORDER BY p.n',
    [params.article_slugs],
  );
  if (rows.length !== params.article_slugs.length) throw new Error(`only ${rows.length} of ${params.article_slugs.length} benchmark slugs were loaded`);
  return { articleSlugs: rows, sectionSlugs: params.section_slugs };
}

async function load(config: AppConfig, articles: number, seed: number, dir: string): Promise<LoadedDataset> {
  const seconds: Record<string, number> = {};
  const rows: Record<string, number> = {};
  let start = performance.now();
  await generate(dir, articles, seed);
  seconds.generate = since(start);
  const server = await openBenchServer(config);
  try {
    start = performance.now();
    await recreateDatabase(server.adminUrl);
    const dataSource = await openDataSource(server.benchUrl, config);
    await dataSource.destroy();
    seconds['create + migrate'] = since(start);
    start = performance.now();
    const inputs = await withClient(server.benchUrl, async (client) => {
      await client.query('SET synchronous_commit = off');
      await stage(client, dir, seconds, rows);
      await map(client, server.benchUrl, config.LOCALES, seconds, rows);
      await checkPlainText(client);
      const inputs = await benchInputs(client, dir);
      return { ...inputs, ...(await queryInputs(client, config, inputs)) };
    });
    seconds.load = since(start);
    return { articles, seed, loadedAt: new Date().toISOString(), database: BENCH_DATABASE, rows, seconds, ...inputs };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), { articles: 20000, seed: 20240601, keep: false });
  loadDotEnv();
  const config = loadConfig();
  // The migrations log a line per step at the default level: only warnings while loading.
  Logger.overrideLogger(logLevels(config.LOG_LEVEL === 'log' ? 'warn' : config.LOG_LEVEL));
  const dir = await mkdtemp(join(tmpdir(), 'redazione-bench-'));
  try {
    const loaded = await load(config, options.articles, options.seed, dir);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(DATASET_FILE, `${JSON.stringify(loaded, null, 2)}\n`);
    const perSecond = Math.round(loaded.articles / loaded.seconds.load);
    say(Object.entries(loaded.seconds).map(([step, secs]) => `  ${step}: ${secs} s`).join('\n'));
    say(`Loaded ${loaded.articles} articles (${loaded.rows.story_tag} tag links) into ${BENCH_DATABASE} in ${loaded.seconds.load} s ` +
      `(${perSecond} articles/s; dataset generation ${loaded.seconds.generate} s, create + migrate ${loaded.seconds['create + migrate']} s). Wrote ${DATASET_FILE}.`);
  } finally {
    if (options.keep) say(`dataset kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:load failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
