import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { AppConfig } from './app-config.js';

/**
 * The token-signing secret: JWT_SECRET when set (required in production, which the config enforces);
 * in development a random one kept in the data folder, so tokens survive a restart.
 */
export async function resolveJwtSecret(config: AppConfig): Promise<string> {
  if (config.JWT_SECRET) return config.JWT_SECRET;
  const file = join(dirname(resolve(config.EMBEDDED_DB_DIR)), 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const secret = randomBytes(48).toString('base64url');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
