import { createHash } from 'node:crypto';

/** A generated document with what HTTP caching needs to know about it. */
export interface HttpDocument {
  body: string;
  contentType: string;
  /** The newest change among what the document shows, when it is known. */
  lastModified: Date | null;
}

/** A strong validator: the same bytes give the same tag on every instance of the API. */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match: a list of tags or `*`, compared weakly (RFC 9110 §13.1.2), so `W/"x"` matches `"x"`. */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The latest of some dates (a document's Last-Modified), or null when there is none. */
export function newest(dates: Date[]): Date | null {
  return dates.reduce<Date | null>((latest, date) => (!latest || date > latest ? date : latest), null);
}
