import { describe, expect, it } from '@jest/globals';
import { AppError } from './errors.js';
import { RateLimiter } from './rate-limiter.js';

describe('RateLimiter', () => {
  const rule = { name: 'test', limit: 3, windowMs: 60_000 };

  it('allows `limit` attempts per window and key, then answers RATE_LIMITED with a retry time', () => {
    const limiter = new RateLimiter();
    for (let attempt = 0; attempt < 3; attempt += 1) limiter.consume(rule, 'a', 1_000);
    limiter.consume(rule, 'b', 1_000);
    let error: unknown;
    try {
      limiter.consume(rule, 'a', 31_000);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('RATE_LIMITED');
    expect((error as AppError).details).toEqual({ retryAfterSeconds: 30 });
  });

  it('starts a new window after windowMs, and forgets a key on reset', () => {
    const limiter = new RateLimiter();
    for (let attempt = 0; attempt < 3; attempt += 1) limiter.consume(rule, 'a', 0);
    expect(() => limiter.consume(rule, 'a', 60_000)).not.toThrow();
    for (let attempt = 0; attempt < 2; attempt += 1) limiter.consume(rule, 'a', 60_001);
    limiter.reset(rule, 'a');
    expect(() => limiter.consume(rule, 'a', 60_002)).not.toThrow();
  });
});
