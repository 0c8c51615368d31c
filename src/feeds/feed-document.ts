import { cdata, element, escapeXml, textElement, xmlDocument } from './xml.js';

export type FeedFormat = 'rss' | 'atom';

export interface FeedLink {
  name: string;
  url: string;
}

export interface FeedCategory extends FeedLink {
  /** Stable machine name (the slug): Atom's `term`. */
  term: string;
}

export interface FeedImage {
  url: string;
  type: string;
  width: number | null;
  height: number | null;
  caption: string | null;
  credit: string | null;
}

export interface FeedEntry {
  /** Never changes for the life of the article version (a `urn:uuid:`). */
  id: string;
  title: string;
  url: string;
  published: Date;
  updated: Date;
  summary: string | null;
  /** The full HTML body, when feeds carry full content. */
  contentHtml: string | null;
  authors: FeedLink[];
  categories: FeedCategory[];
  image: FeedImage | null;
}

export interface Feed {
  title: string;
  description: string;
  /** The HTML page the feed mirrors. */
  pageUrl: string;
  /** This feed's own URL in the requested format. */
  selfUrl: string;
  language: string;
  publisher: string;
  /** The newest update among the entries; null when there is none. */
  updated: Date | null;
  entries: FeedEntry[];
}

const NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
};

/** Atom needs an `updated` even for an empty feed: a fixed one keeps the document (and its ETag) stable. */
const EPOCH = new Date(0);

/** RFC 822 (as updated by RFC 1123: four-digit year, GMT), what RSS 2.0 requires. */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/** RFC 3339 in UTC, what Atom requires. */
export function rfc3339(date: Date): string {
  return date.toISOString();
}

function mediaContent(image: FeedImage | null): string {
  if (!image) return '';
  return element(
    'media:content',
    { url: image.url, medium: 'image', type: image.type, width: image.width, height: image.height },
    textElement('media:description', image.caption, { type: 'plain' }),
    textElement('media:credit', image.credit),
  );
}

function rssItem(entry: FeedEntry): string {
  return element(
    'item',
    {},
    textElement('title', entry.title),
    textElement('link', entry.url),
    textElement('guid', entry.id, { isPermaLink: 'false' }),
    textElement('pubDate', rfc822(entry.published)),
    ...entry.authors.map((author) => textElement('dc:creator', author.name)),
    ...entry.categories.map((category) => textElement('category', category.name, { domain: category.url })),
    textElement('description', entry.summary),
    entry.contentHtml === null ? '' : `<content:encoded>${cdata(entry.contentHtml)}</content:encoded>`,
    // RSS requires a length; the image's size in bytes is unknown, and 0 is the convention for that.
    entry.image && element('enclosure', { url: entry.image.url, length: 0, type: entry.image.type }),
    mediaContent(entry.image),
  );
}

/** RSS 2.0 with the Atom self link, Dublin Core creators, content:encoded and Media RSS. */
export function renderRss(feed: Feed): string {
  const channel = element(
    'channel',
    {},
    textElement('title', feed.title),
    textElement('link', feed.pageUrl),
    textElement('description', feed.description),
    textElement('language', feed.language),
    feed.updated && textElement('lastBuildDate', rfc822(feed.updated)),
    textElement('generator', 'Redazione'),
    element('atom:link', { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    ...feed.entries.map(rssItem),
  );
  const namespaces = Object.fromEntries(Object.entries(NAMESPACES).map(([prefix, uri]) => [`xmlns:${prefix}`, uri]));
  return xmlDocument(element('rss', { version: '2.0', ...namespaces }, channel));
}

function atomPerson(person: FeedLink): string {
  return element('author', {}, textElement('name', person.name), textElement('uri', person.url));
}

function atomEntry(entry: FeedEntry): string {
  return element(
    'entry',
    {},
    textElement('id', entry.id),
    textElement('title', entry.title, { type: 'text' }),
    element('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
    textElement('published', rfc3339(entry.published)),
    textElement('updated', rfc3339(entry.updated)),
    ...entry.authors.map(atomPerson),
    ...entry.categories.map((category) => element('category', { term: category.term, label: category.name, scheme: category.url })),
    textElement('summary', entry.summary, { type: 'text' }),
    // type="html": the markup travels escaped, as the Atom specification asks.
    entry.contentHtml === null ? '' : `<content type="html">${escapeXml(entry.contentHtml)}</content>`,
    entry.image && element('link', { rel: 'enclosure', type: entry.image.type, href: entry.image.url }),
    mediaContent(entry.image),
  );
}

/** Atom 1.0. The feed-level author stands in for entries without a byline (the specification wants one either way). */
export function renderAtom(feed: Feed): string {
  return xmlDocument(
    element(
      'feed',
      { xmlns: NAMESPACES.atom, 'xmlns:media': NAMESPACES.media, 'xml:lang': feed.language },
      textElement('id', feed.selfUrl),
      textElement('title', feed.title, { type: 'text' }),
      textElement('subtitle', feed.description, { type: 'text' }),
      textElement('updated', rfc3339(feed.updated ?? EPOCH)),
      element('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }),
      element('link', { rel: 'alternate', type: 'text/html', href: feed.pageUrl }),
      element('author', {}, textElement('name', feed.publisher)),
      textElement('generator', 'Redazione'),
      ...feed.entries.map(atomEntry),
    ),
  );
}

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

const IMAGE_TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml' };

/** The image's media type from its file extension; JPEG when it tells nothing (the usual press photo). */
export function imageType(url: string): string {
  const extension = /\.([a-z0-9]+)$/i.exec(url.split(/[?#]/)[0]!)?.[1]?.toLowerCase();
  return (extension && IMAGE_TYPES[extension]) ?? 'image/jpeg';
}
