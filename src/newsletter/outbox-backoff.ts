/** The longest wait between two delivery attempts. */
export const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000;

/** Exponential backoff: base, 2 x base, 4 x base, ... after the 1st, 2nd, 3rd failed attempt, capped. */
export function retryDelayMs(failedAttempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), MAX_RETRY_DELAY_MS);
}

/**
 * SMTP 5xx replies are permanent (unknown mailbox, policy refusal): retrying cannot help. Everything
 * else (4xx, refused or dropped connections, timeouts) is worth another attempt.
 */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: number } | undefined)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
