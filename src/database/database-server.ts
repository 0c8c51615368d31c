import type { AppConfig } from '../config/app-config.js';
import { EmbeddedDatabase } from './embedded-postgres.js';

export const APP_DATABASE = 'redazione';

export interface DatabaseServer {
  url: string;
  /** Stops the embedded cluster; nothing to do for an external server. */
  stop(): Promise<void>;
}

/** `DATABASE_URL` when given; otherwise the embedded PostgreSQL in `EMBEDDED_DB_DIR`, started here. */
export async function openDatabaseServer(
  config: Pick<AppConfig, 'DATABASE_URL' | 'EMBEDDED_DB_DIR' | 'EMBEDDED_DB_PORT'>,
): Promise<DatabaseServer> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => undefined };
  const embedded = new EmbeddedDatabase({
    dataDir: config.EMBEDDED_DB_DIR,
    port: config.EMBEDDED_DB_PORT,
    database: APP_DATABASE,
  });
  const url = await embedded.start();
  return { url, stop: () => embedded.stop() };
}
