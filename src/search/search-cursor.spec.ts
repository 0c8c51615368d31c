import { describe, expect, it } from '@jest/globals';
import { encodeCursor } from '../common/pagination/cursor.js';
import { decodeSearchCursor, encodeSearchCursor, type SearchKey } from './search-cursor.js';

const key: SearchKey = { titleMatch: true, rank: 0.7116988301277161, publishedAt: '1730716200.123456', id: '3f1c2b9e-8a4d-4c1e-9f0a-1b2c3d4e5f60' };

describe('search cursor', () => {
  it('round-trips the key exactly', () => {
    expect(decodeSearchCursor(encodeSearchCursor(key))).toEqual(key);
    expect(decodeSearchCursor(encodeSearchCursor({ ...key, titleMatch: false, rank: 0 }))).toEqual({ ...key, titleMatch: false, rank: 0 });
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['a cursor of another list', encodeCursor(['2024-11-04T10:30:00.000Z', key.id])],
    ['a title flag other than 0 or 1', encodeCursor([2, key.rank, key.publishedAt, key.id])],
    ['a non-numeric time', encodeCursor([1, key.rank, 'yesterday', key.id])],
    ['an id that is not a UUID', encodeCursor([1, key.rank, key.publishedAt, "x' OR 1=1 --"])],
  ])('rejects %s with BAD_USER_INPUT on after', (_, cursor) => {
    expect(() => decodeSearchCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { fields: [expect.objectContaining({ field: 'after' })] } }));
  });
});
