import { expect } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface FetchedDocument {
  status: number;
  headers: Headers;
  body: string;
}

/** GETs a path of the app (or the path of an absolute public URL, as the frontend would proxy it). */
export async function fetchDocument(baseUrl: string, pathOrUrl: string, headers: Record<string, string> = {}): Promise<FetchedDocument> {
  const path = pathOrUrl.startsWith('http') ? new URL(pathOrUrl).pathname : pathOrUrl;
  const response = await fetch(`${baseUrl}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** Elements that may repeat, always parsed as arrays (`link` only in Atom: in RSS it is the one page link). */
const REPEATED = new Set(['item', 'entry', 'category', 'dc:creator', 'author', 'sitemap', 'url', 'xhtml:link']);
const isArray = (name: string, path: unknown) => REPEATED.has(name) || (name === 'link' && String(path).startsWith('feed.'));

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', jPath: true, isArray });

/** Checks the document is well-formed XML, then parses it (attributes as `@name`, text of elements with attributes as `#text`). */
export function parseXml(xml: string): any {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

export const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
export const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
