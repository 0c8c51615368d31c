import { decodeCursor, encodeCursor, malformedCursor } from '../common/pagination/cursor.js';

/**
 * Where a hit sits in the search order: title match first, then relevance, then recency, then id.
 * `publishedAt` is the exact epoch (seconds with microseconds, as PostgreSQL's numeric text), not a JS
 * Date: a Date keeps milliseconds only, and a cursor that rounds the key skips or repeats hits.
 */
export interface SearchKey {
  titleMatch: boolean;
  rank: number;
  publishedAt: string;
  id: string;
}

const EPOCH = /^-?\d{1,12}(\.\d{1,6})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeSearchCursor(key: SearchKey): string {
  return encodeCursor([key.titleMatch ? 1 : 0, key.rank, key.publishedAt, key.id]);
}

/** The key of a cursor from `encodeSearchCursor`; anything else is BAD_USER_INPUT, before any SQL runs. */
export function decodeSearchCursor(cursor: string): SearchKey {
  const [titleMatch, rank, publishedAt, id] = decodeCursor(cursor, ['number', 'number', 'string', 'string']) as [number, number, string, string];
  if ((titleMatch !== 0 && titleMatch !== 1) || !EPOCH.test(publishedAt) || !UUID.test(id)) {
    throw malformedCursor();
  }
  return { titleMatch: titleMatch === 1, rank, publishedAt, id };
}
