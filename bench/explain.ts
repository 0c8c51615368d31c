/**
 * `npm run bench:explain`: the query plans of the SQL our API sends for Q1-Q4, on the loaded
 * benchmark database. The API runs in this process (RESPONSE_CACHE=false, background loops off), so
 * its TypeORM logger (QueryCounter) hands over each statement with the very parameters it was sent
 * with; each SELECT is then run again under EXPLAIN (ANALYZE, BUFFERS) on a separate connection.
 * This works on any PostgreSQL (no auto_explain, no server log needed). Writes
 * bench/results/explain-<articles>.md.
 *
 * Options: --queries Q1,Q2,Q3,Q4 (any of `npm run bench`'s GraphQL or REST queries)
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type pg from 'pg';
import { createApp, openDataSource } from '../src/bootstrap.js';
import { loadConfig } from '../src/config/app-config.js';
import { loadDotEnv } from '../src/config/dotenv.js';
import { queryCounterOf } from '../src/database/data-source.js';
import { listOption, parseOptions } from './args.js';
import { openBenchServer, withClient } from './database.js';
import { RESULTS_DIR } from './dataset-file.js';
import { explainSection, isExplainable, type ExplainedStatement } from './explain-report.js';
import { loadedDatasetWithInputs } from './dataset-inputs.js';
import { nextRequest, redazioneQueries, type BenchQuery } from './queries.js';

const say = (line: string) => process.stdout.write(`${line}\n`);

/** What the benchmark's API runs with (run.ts): no response cache, no background loops. */
const SETTINGS = { RESPONSE_CACHE: 'false', SCHEDULER_INTERVAL_MS: '0', OUTBOX_POLL_INTERVAL_MS: '0', LOG_LEVEL: 'warn', SEED_DEMO: 'false' };

async function explain(client: pg.Client, query: string, parameters: unknown[]): Promise<string> {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query}`, parameters);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2), { queries: 'Q1,Q2,Q3,Q4' });
  loadDotEnv();
  Object.assign(process.env, SETTINGS);
  const config = loadConfig();
  config.JWT_SECRET = randomBytes(32).toString('hex');
  Logger.overrideLogger(['fatal', 'error', 'warn']);
  const server = await openBenchServer(config);
  try {
    const dataset = await loadedDatasetWithInputs(config, server.benchUrl, say);
    const dataSource = await openDataSource(server.benchUrl, config);
    const app = await createApp(config, dataSource);
    try {
      await app.listen(0, '127.0.0.1');
      const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
      const queries = new Map(redazioneQueries(dataset).map((query) => [query.name, query]));
      const counter = queryCounterOf(dataSource);
      const send = async (query: BenchQuery) => {
        const request = nextRequest(query);
        const response = await fetch(`${base}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
        const text = await response.text();
        // A failed answer (a statement timeout, say) is reported, and its statements explained all the same.
        const failure = response.status !== 200 || text.includes('"errors":') ? `HTTP ${response.status}: ${text.slice(0, 400)}` : undefined;
        return { request, failure };
      };
      const sections: string[] = [];
      await withClient(server.benchUrl, async (client) => {
        const version = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
        sections.push(
          `# EXPLAIN (ANALYZE, BUFFERS) at ${dataset.articles.toLocaleString('en')} articles`,
          '',
          `Written by \`npm run bench:explain\` on ${new Date().toISOString()}; PostgreSQL ${version}. Each query was sent once to warm ` +
            'the caches, then once more: the statements of that second request, with its parameters, are explained here ' +
            '(START TRANSACTION / COMMIT and other non-SELECT statements are listed without a plan).',
          '',
        );
        for (const name of listOption(options.queries)) {
          const query = queries.get(name);
          if (!query) throw new Error(`no query ${name} (known: ${[...queries.keys()].join(', ')})`);
          await send(query);
          const before = counter.count;
          const { request, failure } = await send(query);
          if (failure) say(`  ${name}: the answer failed (${failure}); explaining its statements anyway`);
          const sent = counter.count - before;
          if (sent > counter.recent.length) throw new Error(`${name} sent ${sent} statements, more than the ${counter.recent.length} the logger keeps`);
          const statements: ExplainedStatement[] = [];
          for (const statement of counter.recent.slice(counter.recent.length - sent)) {
            const plan = isExplainable(statement.query) ? await explain(client, statement.query, statement.parameters) : undefined;
            statements.push({ ...statement, plan });
          }
          sections.push(explainSection(query, request, statements, failure));
          say(`  ${name}: ${sent} statements`);
        }
      });
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = join(RESULTS_DIR, `explain-${dataset.articles}.md`);
      await writeFile(file, `${sections.join('\n')}\n`);
      say(`Wrote ${file}: paste its sections into bench/RESULTS.md, outside the generated marks (see README, "Benchmarks").`);
    } finally {
      await app.close();
      await dataSource.destroy();
    }
  } finally {
    await server.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:explain failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
