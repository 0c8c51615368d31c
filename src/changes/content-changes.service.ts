import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContentChange } from './content-change.js';

/** Runs inside the transaction of the change: what it writes (a webhook delivery) commits or rolls back with it. */
export type ChangeRecorder = (manager: EntityManager, changes: readonly ContentChange[]) => Promise<void>;
/** Runs after the commit: what it does (a cache purge) can never announce a change that did not happen. */
export type ChangeListener = (changes: readonly ContentChange[]) => Promise<void>;

/** The changes one transaction makes to public content, collected as the use case goes. */
export class ChangeLog {
  readonly changes: ContentChange[] = [];

  add(...changes: ContentChange[]): void {
    this.changes.push(...changes);
  }
}

/**
 * The domain events of public content. A use case that changes what readers see runs through
 * `transaction`: the changes it logs are recorded in the same transaction (the webhook outbox) and
 * announced once it commits (the response cache purges), before the mutation answers, so a client that
 * reads after its write sees the write.
 */
@Injectable()
export class ContentChanges {
  private readonly logger = new Logger('ContentChanges');
  private readonly recorders: ChangeRecorder[] = [];
  private readonly listeners: ChangeListener[] = [];

  constructor(private readonly dataSource: DataSource) {}

  onRecorded(recorder: ChangeRecorder): void {
    this.recorders.push(recorder);
  }

  onCommitted(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  async transaction<T>(work: (manager: EntityManager, log: ChangeLog) => Promise<T>): Promise<T> {
    const log = new ChangeLog();
    const result = await this.dataSource.transaction(async (manager) => {
      const value = await work(manager, log);
      if (log.changes.length > 0) for (const record of this.recorders) await record(manager, log.changes);
      return value;
    });
    if (log.changes.length > 0) await this.announce(log.changes);
    return result;
  }

  /** Tells the listeners about committed changes (also those another instance made, see the response cache). */
  async announce(changes: readonly ContentChange[]): Promise<void> {
    for (const listen of this.listeners) {
      try {
        await listen(changes);
      } catch (error) {
        // The change is committed: a listener that fails must not turn the mutation into an error.
        this.logger.error(`a listener failed on ${changes.length} change(s): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}
