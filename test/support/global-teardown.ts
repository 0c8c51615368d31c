import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';

export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.embeddedTestDatabase;
  if (!embedded) return;
  await embedded.cluster.stop();
  await rm(dirname(embedded.dataDir), { recursive: true, force: true });
}
