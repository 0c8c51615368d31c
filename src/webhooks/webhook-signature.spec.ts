import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signWebhook } from './webhook-signature.js';

const SECRET = 'a-test-secret-of-at-least-32-characters!';
const BODY = '{"id":"e1","type":"article.published"}';

describe('webhook signature', () => {
  it('is sha256= and the hex HMAC-SHA256 of "<timestamp>.<raw body>" (a value computed with openssl)', () => {
    // printf '%s' '1700000000.{"id":"e1","type":"article.published"}' | openssl dgst -sha256 -hmac '<SECRET>'
    expect(signWebhook(SECRET, 1700000000, BODY)).toBe('sha256=1d238bdebd1a4641f33214cac1087320cabc60b07bde99a302e94c8716e7c5b9');
  });

  it('changes with the timestamp, the body and the secret, so none can be swapped', () => {
    const signature = signWebhook(SECRET, 1700000000, BODY);
    expect(signWebhook(SECRET, 1700000001, BODY)).not.toBe(signature);
    expect(signWebhook(SECRET, 1700000000, `${BODY} `)).not.toBe(signature);
    expect(signWebhook(`${SECRET}?`, 1700000000, BODY)).not.toBe(signature);
  });

  it('is what a receiver computes with its own HMAC over the bytes it received', () => {
    const body = JSON.stringify({ title: 'Libertà è Perù', emoji: '📰' });
    const receiver = createHmac('sha256', SECRET).update(Buffer.from(`1700000000.${body}`, 'utf8')).digest('hex');
    expect(signWebhook(SECRET, 1700000000, body)).toBe(`sha256=${receiver}`);
  });
});
