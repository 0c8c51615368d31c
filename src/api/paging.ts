import type { Request, Response } from 'express';
import type { Page } from '../common/pagination/connection.model.js';

/**
 * A connection as REST JSON: the items, the total and the next cursor, which is also sent as an RFC 8288
 * `Link: <...>; rel="next"` header so clients can follow pages without building URLs.
 */
export async function toPageJson<T, J>(page: Page<T>, request: Request, response: Response, toJson: (node: T) => J | Promise<J>) {
  const nextCursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  if (nextCursor) {
    const next = new URL(request.originalUrl, 'http://placeholder');
    next.searchParams.set('cursor', nextCursor);
    response.setHeader('Link', `<${next.pathname}${next.search}>; rel="next"`);
  }
  return { totalCount: await page.totalCount(), nextCursor, items: await Promise.all(page.edges.map((edge) => toJson(edge.node))) };
}
