import { describe, expect, it } from '@jest/globals';
import { isPermanentFailure } from './mail-transport.js';

describe('mail transport failures', () => {
  it('treats SMTP 5xx replies as permanent, and everything else as worth a retry', () => {
    expect(isPermanentFailure(Object.assign(new Error('no such user'), { responseCode: 550 }))).toBe(true);
    expect(isPermanentFailure(Object.assign(new Error('try later'), { responseCode: 451 }))).toBe(false);
    expect(isPermanentFailure(Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }))).toBe(false);
  });
});
