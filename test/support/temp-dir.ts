import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A new temporary folder that the unprivileged `postgres` OS user can traverse (mkdtemp makes it 0700,
 * and the embedded PostgreSQL runs as that user when the tests run as root).
 */
export async function makeTempDir(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  await chmod(folder, 0o755);
  return folder;
}
