import { existsSync } from 'node:fs';
import { config as readDotEnv } from 'dotenv';

/** Reads `.env` from the working directory when there is one; real environment variables win. */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) readDotEnv({ path, quiet: true });
}
