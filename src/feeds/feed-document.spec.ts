import { describe, expect, it } from '@jest/globals';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { imageType, renderAtom, renderRss, rfc822, type Feed, type FeedEntry } from './feed-document.js';
import { cdata, escapeXml } from './xml.js';

const AWKWARD = `Borrell: "EU & Korea" <strategic>`;

const entry: FeedEntry = {
  id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
  title: AWKWARD,
  url: 'https://www.example.com/en/world/a?x=1&y=2',
  published: new Date('2024-11-04T10:30:00Z'),
  updated: new Date('2024-11-05T08:00:00Z'),
  summary: `Tom's "quote" & more`,
  contentHtml: '<p>Body with ]]> inside &amp; an entity</p>',
  authors: [{ name: 'Simone De La Feld', url: 'https://www.example.com/en/author/simone-de-la-feld' }],
  categories: [{ name: 'Net & Tech', term: 'net-tech', url: 'https://www.example.com/en/net-tech' }],
  image: { url: 'https://media.example/p.png', type: 'image/png', width: 1600, height: 900, caption: '<b>caption</b>', credit: null },
};

const feed: Feed = {
  title: AWKWARD,
  description: 'Latest',
  pageUrl: 'https://www.example.com/en',
  selfUrl: 'https://www.example.com/feeds/en/rss.xml',
  language: 'en',
  publisher: 'Redazione',
  updated: entry.updated,
  entries: [entry],
};

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

describe('escapeXml and cdata', () => {
  it('escape markup characters and drop the characters XML forbids', () => {
    expect(escapeXml(`${AWKWARD}'\u0001\uFFFF`)).toBe('Borrell: &quot;EU &amp; Korea&quot; &lt;strategic&gt;&apos;');
    expect(escapeXml('emoji 😀 stays')).toBe('emoji 😀 stays');
  });

  it('split a CDATA terminator inside the text', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>');
  });
});

describe('renderRss', () => {
  const xml = renderRss(feed);
  const item = parser.parse(xml).rss.channel.item;

  it('is well-formed and round-trips awkward text', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).rss.channel.title).toBe(AWKWARD);
    expect(item.title).toBe(AWKWARD);
    expect(item.link).toBe(entry.url);
    expect(item.description).toBe(entry.summary);
    expect(item['content:encoded']).toBe(entry.contentHtml);
  });

  it('has a non-permalink GUID, RFC 822 dates, creators, categories and the image', () => {
    expect(item.guid).toEqual({ '#text': entry.id, '@isPermaLink': 'false' });
    expect(item.pubDate).toBe('Mon, 04 Nov 2024 10:30:00 GMT');
    expect(item['dc:creator']).toBe('Simone De La Feld');
    expect(item.category).toEqual({ '#text': 'Net & Tech', '@domain': 'https://www.example.com/en/net-tech' });
    expect(item.enclosure).toEqual({ '@url': 'https://media.example/p.png', '@length': '0', '@type': 'image/png' });
    expect(item['media:content']['media:description']['#text']).toBe('<b>caption</b>');
  });

  it('leaves out what an entry does not have', () => {
    const bare = renderRss({ ...feed, updated: null, entries: [{ ...entry, contentHtml: null, image: null, summary: null }] });
    expect(bare).not.toContain('lastBuildDate');
    expect(bare.slice(bare.indexOf('<item>'))).not.toMatch(/content:encoded|enclosure|media:content|description/);
  });
});

describe('renderAtom', () => {
  it('is well-formed, with RFC 3339 dates and escaped HTML content', () => {
    const xml = renderAtom(feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const atom = parser.parse(xml).feed;
    expect(atom.updated).toBe('2024-11-05T08:00:00.000Z');
    expect(atom.entry.id).toBe(entry.id);
    expect(atom.entry.title['#text']).toBe(AWKWARD);
    expect(atom.entry.published).toBe('2024-11-04T10:30:00.000Z');
    expect(atom.entry.content['#text']).toBe(entry.contentHtml);
    expect(atom.entry.author).toEqual({ name: 'Simone De La Feld', uri: 'https://www.example.com/en/author/simone-de-la-feld' });
  });

  it('has an updated date even when empty, and the same bytes every time', () => {
    const empty = { ...feed, updated: null, entries: [] };
    expect(parser.parse(renderAtom(empty)).feed.updated).toBe('1970-01-01T00:00:00.000Z');
    expect(renderAtom(empty)).toBe(renderAtom(empty));
  });
});

describe('helpers', () => {
  it('format RFC 822 dates in GMT', () => {
    expect(rfc822(new Date('2025-01-02T03:04:05.678Z'))).toBe('Thu, 02 Jan 2025 03:04:05 GMT');
  });

  it('guess an image type from the extension, JPEG by default', () => {
    expect(imageType('https://x/y.WEBP?w=1')).toBe('image/webp');
    expect(imageType('https://x/y.png')).toBe('image/png');
    expect(imageType('https://x/photo')).toBe('image/jpeg');
  });
});
