import { createHmac } from 'node:crypto';

/**
 * The `X-Redazione-Signature` of a webhook: `sha256=` and the hex HMAC-SHA256, keyed with
 * WEBHOOK_SECRET, of `<timestamp>.<raw body>`. The timestamp (`X-Redazione-Timestamp`, Unix seconds)
 * is signed with the body, so a receiver that refuses old timestamps cannot be replayed to.
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}
