/** Characters XML 1.0 forbids anywhere, even escaped: dropped, so one stray control character cannot break a feed. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/** Text as XML character data or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}

/** HTML carried verbatim in a CDATA section; a `]]>` inside is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(FORBIDDEN, '').replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

export type Attributes = Record<string, string | number | null | undefined>;

function attributesOf(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

/** An element around markup already serialized (children), or empty (`<x/>`) when there is none. */
export function element(name: string, attributes: Attributes = {}, ...children: (string | null | undefined | false)[]): string {
  const inner = children.filter((child): child is string => typeof child === 'string' && child !== '').join('');
  return inner === '' ? `<${name}${attributesOf(attributes)}/>` : `<${name}${attributesOf(attributes)}>${inner}</${name}>`;
}

/** An element holding escaped text; nothing at all when the text is missing. */
export function textElement(name: string, text: string | null | undefined, attributes: Attributes = {}): string {
  return text === null || text === undefined || text === '' ? '' : `<${name}${attributesOf(attributes)}>${escapeXml(text)}</${name}>`;
}

/** A whole document: the declaration, then the root element. */
export function xmlDocument(root: string): string {
  return `${XML_DECLARATION}\n${root}\n`;
}
