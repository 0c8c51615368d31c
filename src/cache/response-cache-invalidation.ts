import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { ContentChanges } from '../changes/content-changes.service.js';
import type { ContentChange } from '../changes/content-change.js';
import { MemoryResponseStore } from './memory-response-store.js';
import { RESPONSE_STORE } from './response-cache.js';
import type { ResponseStore } from './response-store.js';

/** The PostgreSQL channel on which instances tell each other which surrogate keys a commit purged. */
export const PURGE_CHANNEL = 'redazione_response_cache';
/** NOTIFY payloads must stay under 8000 bytes. */
const MAX_PAYLOAD = 7000;
const MAX_RECONNECT_DELAY_MS = 30_000;

export function keysOf(changes: readonly ContentChange[]): string[] {
  return [...new Set(changes.flatMap((change) => change.surrogateKeys))];
}

/** `<instance> <key> <key>...` payloads, each under the NOTIFY limit. */
export function purgePayloads(instance: string, keys: readonly string[]): string[] {
  const payloads: string[] = [];
  let current = instance;
  for (const key of keys) {
    if (current.length + 1 + key.length > MAX_PAYLOAD && current !== instance) {
      payloads.push(current);
      current = instance;
    }
    current += ` ${key}`;
  }
  if (current !== instance) payloads.push(current);
  return payloads;
}

type PurgeListener = (keys: string[]) => void;

/**
 * Purges the response cache by the surrogate keys of committed changes, before the mutation answers
 * (read-your-writes on the instance that wrote). With a cache in each process, the keys also go out
 * with NOTIFY inside the change's transaction (delivered only if it commits) and every instance LISTENs
 * on one dedicated connection; when that connection is lost, the local cache is emptied and stops
 * serving until it is back, since purges may have been missed. With Redis, the purge is shared.
 */
@Injectable()
export class ResponseCacheInvalidation implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ResponseCache');
  private readonly instance = randomUUID();
  private readonly remotePurgeListeners = new Set<PurgeListener>();
  private client?: pg.Client;
  private reconnectTimer?: NodeJS.Timeout;
  private reconnectDelay = 500;
  private stopping = false;
  private listening = deferred();
  private lost = deferred();

  constructor(
    @Inject(RESPONSE_STORE) private readonly store: ResponseStore | null,
    private readonly changes: ContentChanges,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const store = this.store;
    // Every instance hears the others' changes, whatever its store: its own small caches (the
    // section tree, list counts) purge by them too.
    this.changes.onRecorded((manager, changes) => this.notify(manager, keysOf(changes)));
    // A shared store (Redis) was purged by the instance that committed: the others' announcements are for their own caches.
    const shared = store && !(store instanceof MemoryResponseStore);
    if (store) this.changes.onCommitted((changes) => store.purge(keysOf(shared ? changes.filter((change) => change.type !== 'remote.purge') : changes)));
  }

  async onApplicationBootstrap(): Promise<void> {
    // Nothing is served from this instance's cache before it can hear the others' purges.
    this.memoryStore()?.suspend();
    await this.listen();
  }

  /** The store that lives in this process, the one that must not serve while purges may be missed. */
  private memoryStore(): MemoryResponseStore | undefined {
    return this.store instanceof MemoryResponseStore ? this.store : undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.reconnectTimer);
    await this.client?.end().catch(() => undefined);
    await this.store?.close();
  }

  /** Resolves once this instance hears the others' purges (at once when it does). */
  whenListening(): Promise<void> {
    return this.listening.promise;
  }

  /** Resolves when the notification connection is next lost. */
  whenLost(): Promise<void> {
    return this.lost.promise;
  }

  /** Calls `listener` with the keys of each purge another instance announced (tests and metrics). */
  onRemotePurge(listener: PurgeListener): () => void {
    this.remotePurgeListeners.add(listener);
    return () => this.remotePurgeListeners.delete(listener);
  }

  private async notify(manager: EntityManager, keys: string[]): Promise<void> {
    for (const payload of purgePayloads(this.instance, keys)) await manager.query('SELECT pg_notify($1, $2)', [PURGE_CHANNEL, payload]);
  }

  private async listen(): Promise<void> {
    const store = this.memoryStore();
    const client = new pg.Client({ connectionString: (this.dataSource.options as { url: string }).url, application_name: 'redazione-cache-listener' });
    this.client = client;
    let lost = false;
    const onLost = (reason: string) => {
      if (lost || this.stopping) return;
      lost = true;
      store?.suspend();
      this.lost.resolve();
      this.lost = deferred();
      if (this.listening.settled) this.listening = deferred();
      this.logger.warn(`purge notifications lost (${reason}): the response cache is off until they are back`);
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', (error: Error) => onLost(error.message));
    client.on('end', () => onLost('connection closed'));
    client.on('notification', (message) => {
      if (message.channel !== PURGE_CHANNEL || !message.payload) return;
      const [instance, ...keys] = message.payload.split(' ');
      if (instance === this.instance) return;
      void this.changes.announce([{ type: 'remote.purge', paths: [], surrogateKeys: keys }]);
      for (const listener of this.remotePurgeListeners) listener(keys);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PURGE_CHANNEL}`);
    } catch (error) {
      onLost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (lost) return;
    this.reconnectDelay = 500;
    store?.resume();
    this.listening.resolve();
  }

  private scheduleReconnect(): void {
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => void this.listen(), this.reconnectDelay);
    this.reconnectTimer.unref();
    this.reconnectDelay = Math.min(this.reconnectDelay * 2, MAX_RECONNECT_DELAY_MS);
  }
}

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  settled: boolean;
}

function deferred(): Deferred {
  const result = { settled: false } as Deferred;
  result.promise = new Promise<void>((resolve) => {
    result.resolve = () => {
      result.settled = true;
      resolve();
    };
  });
  return result;
}
