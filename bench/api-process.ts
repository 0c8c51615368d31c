import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../test/support/free-port.js';

export interface ApiProcess {
  pid: number;
  /** http://127.0.0.1:<port>: GraphQL at /graphql, REST under /api. */
  baseUrl: string;
  /** From spawning the process to the first 200 of /health/ready. */
  coldStartMs: number;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;

/** Node's flags in `npm start` (the heap sizes): the API is measured as it runs. */
export async function startFlags(): Promise<string[]> {
  const manifest = JSON.parse(await readFile('package.json', 'utf8')) as { scripts: { start: string } };
  const command = /\bnode ((?:--\S+ )*)dist\/src\/main\.js/.exec(manifest.scripts.start);
  if (!command) throw new Error(`"start" in package.json does not run dist/src/main.js with node: ${manifest.scripts.start}`);
  return command[1]!.trim().split(' ').filter(Boolean);
}

/**
 * Our built API (`dist/src/main.js`) in production mode against `databaseUrl`, its log in `logFile`,
 * on a free port (PORT is not used), with `settings` (e.g. RESPONSE_CACHE) over the environment.
 */
export async function startApi(databaseUrl: string, logFile: string, settings: Record<string, string> = {}): Promise<ApiProcess> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...(await startFlags()), 'dist/src/main.js'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
      JWT_SECRET: randomBytes(32).toString('hex'),
      HOST: '127.0.0.1',
      PORT: String(port),
      ...settings,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const base = `http://127.0.0.1:${port}`;
  await untilReady(child, `${base}/health/ready`, logFile);
  return { pid: child.pid!, baseUrl: base, coldStartMs: Math.round(performance.now() - started), stop: () => stop(child) };
}

async function untilReady(child: ChildProcess, url: string, logFile: string): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode} before it was ready: see ${logFile}`);
    const ready = await fetch(url).then((response) => response.ok, () => false);
    if (ready) return;
    await sleep(50);
  }
  child.kill('SIGTERM');
  throw new Error(`the API was not ready within ${READY_TIMEOUT_MS} ms: see ${logFile}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}
