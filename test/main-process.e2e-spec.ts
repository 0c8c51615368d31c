import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { freePort } from './support/free-port.js';
import { makeTempDir } from './support/temp-dir.js';

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];

/** Runs the compiled entry point (`npm test` compiles first) as `npm start` does, with its own embedded PostgreSQL. */
function startMain(env: NodeJS.ProcessEnv): Promise<Started> {
  const child = spawn(process.execPath, ['dist/src/main.js'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((ready, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('Redazione is ready')) ready({ child, output: () => output, exited });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    void exited.then((code) => fail(new Error(`main exited with ${code} before it was ready:\n${output}`)));
  });
}

describe('the API process (npm start)', () => {
  let folder: string;

  afterAll(async () => {
    // A test that failed half-way must not leave an API (and its PostgreSQL) running.
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('starts an embedded PostgreSQL with demo content, stops cleanly on SIGTERM, and reuses the data', async () => {
    folder = await makeTempDir('redazione-main-');
    const env = {
      NODE_ENV: 'development',
      LOG_LEVEL: 'log',
      PORT: String(await freePort()),
      EMBEDDED_DB_PORT: String(await freePort()),
      EMBEDDED_DB_DIR: join(folder, 'postgres'),
      ADMIN_PASSWORD: '',
      JWT_SECRET: '',
      DATABASE_URL: '',
    };
    const query = async () => {
      const response = await fetch(`http://127.0.0.1:${env.PORT}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles(locale: "it", first: 1) { totalCount } }' }),
      });
      return ((await response.json()) as { data: { articles: { totalCount: number } } }).data.articles.totalCount;
    };

    const first = await startMain(env);
    expect(first.output()).toMatch(/demo content: \d+ stories loaded/);
    expect(first.output()).toMatch(/Created the first admin user admin@redazione\.local with the password \S{12,}/);
    expect(existsSync(join(folder, 'jwt-secret'))).toBe(true);
    const total = await query();
    expect(total).toBeGreaterThan(30);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(first.output()).toContain('stopped');
    expect(existsSync(join(folder, 'postgres', 'postmaster.pid'))).toBe(false);

    const second = await startMain(env);
    expect(second.output()).not.toMatch(/demo content|first admin/);
    expect(await query()).toBe(total);
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(readFileSync(join(folder, 'jwt-secret'), 'utf8').length).toBeGreaterThan(32);
  }, 180_000);

  it('refuses to start with a bad setting, naming it', async () => {
    const child = spawn(process.execPath, ['dist/src/main.js'], { env: { ...process.env, PORT: 'eighty', LOCALES: 'it', DEFAULT_LOCALE: 'en' } });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    const code = await new Promise((done) => child.once('exit', done));
    expect(code).toBe(1);
    expect(errors).toContain('PORT');
    expect(errors).toContain('DEFAULT_LOCALE');
  });
});
