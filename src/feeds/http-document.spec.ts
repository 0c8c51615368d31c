import { describe, expect, it } from '@jest/globals';
import { newest, noneMatch, strongEtag } from './http-document.js';

describe('HTTP validators', () => {
  const etag = strongEtag('<rss/>');

  it('are strong, quoted and stable', () => {
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(strongEtag('<rss/>')).toBe(etag);
    expect(strongEtag('<rss />')).not.toBe(etag);
  });

  it('match If-None-Match lists, weak tags and *', () => {
    expect(noneMatch(undefined, etag)).toBe(false);
    expect(noneMatch(etag, etag)).toBe(true);
    expect(noneMatch(`"other", W/${etag}`, etag)).toBe(true);
    expect(noneMatch('*', etag)).toBe(true);
    expect(noneMatch('"other"', etag)).toBe(false);
  });

  it('take the newest date, or null', () => {
    expect(newest([])).toBeNull();
    expect(newest([new Date(1), new Date(3), new Date(2)])).toEqual(new Date(3));
  });
});
