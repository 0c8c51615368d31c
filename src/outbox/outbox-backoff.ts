/** The longest wait between two delivery attempts. */
export const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000;

/** Exponential backoff: base, 2 x base, 4 x base, ... after the 1st, 2nd, 3rd failed attempt, capped. */
export function retryDelayMs(failedAttempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), MAX_RETRY_DELAY_MS);
}
