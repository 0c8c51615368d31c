import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { AppError, ErrorCode } from './errors.js';

export interface RateLimit {
  /** What is limited, e.g. `login:ip`; keys of different limits never collide. */
  name: string;
  limit: number;
  windowMs: number;
}

interface Window {
  startedAt: number;
  count: number;
}

const MAX_TRACKED_KEYS = 100_000;

/**
 * Fixed-window counters kept in memory (bounded: the least recently seen keys are dropped first).
 * Limits hold per API instance; several instances behind a load balancer each allow `limit`.
 */
@Injectable()
export class RateLimiter {
  private readonly windows = new LRUCache<string, Window>({ max: MAX_TRACKED_KEYS });

  /** Counts one attempt for `key`, or fails with RATE_LIMITED (and when to retry) once the limit is spent. */
  consume(rule: RateLimit, key: string, now = Date.now()): void {
    const id = `${rule.name}\u0000${key}`;
    const current = this.windows.get(id);
    const window = current && now - current.startedAt < rule.windowMs ? current : { startedAt: now, count: 0 };
    window.count += 1;
    this.windows.set(id, window);
    if (window.count > rule.limit) {
      const retryAfterSeconds = Math.ceil((window.startedAt + rule.windowMs - now) / 1000);
      throw new AppError(ErrorCode.RATE_LIMITED, 'Too many attempts; try again later', { retryAfterSeconds });
    }
  }

  /** Forgets the attempts of `key` (a successful login clears its failures). */
  reset(rule: RateLimit, key: string): void {
    this.windows.delete(`${rule.name}\u0000${key}`);
  }
}
