import { messageOf } from '../outbox/outbox-queue.js';

/** How much of a failed answer's body is kept (in last_error): enough to tell what went wrong. */
export const MAX_RESPONSE_EXCERPT_BYTES = 1024;

/** A receiver answered, but not with a 2xx. */
export class WebhookResponseError extends Error {
  constructor(readonly statusCode: number, excerpt: string) {
    super(`HTTP ${statusCode}${excerpt ? `: ${excerpt}` : ''}`);
  }
}

/**
 * POSTs one webhook and resolves to the 2xx status, or throws: WebhookResponseError for any other
 * answer (a 3xx too: redirects are never followed, so a receiver cannot send the signed event
 * elsewhere), the fetch error for a refused connection, and a TimeoutError when the whole exchange,
 * reading the answer included, takes longer than `timeoutMs`.
 */
export async function postWebhook(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<number> {
  const response = await fetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) }).catch((error: unknown) => {
    throw withCause(error);
  });
  if (response.status >= 200 && response.status < 300) {
    await response.body?.cancel();
    return response.status;
  }
  throw new WebhookResponseError(response.status, await excerptOf(response));
}

/** The start of a body: at most MAX_RESPONSE_EXCERPT_BYTES are read, however much the receiver sends. */
async function excerptOf(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < MAX_RESPONSE_EXCERPT_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } catch {
    // A body cut short still tells the status; what was read is enough.
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks).subarray(0, MAX_RESPONSE_EXCERPT_BYTES).toString('utf8').replace(/\s+/g, ' ').trim();
}

/** fetch says only "fetch failed": the reason (ECONNREFUSED, a TLS error) is in its cause. */
function withCause(error: unknown): unknown {
  const cause = (error as { cause?: unknown } | null | undefined)?.cause;
  return cause === undefined ? error : new Error(`${messageOf(error)}: ${messageOf(cause)}`, { cause });
}
