import sanitizeHtml from 'sanitize-html';

const BLOCK_END = /<\/(p|h[1-6]|li|blockquote|figcaption|div|tr)>|<br\s*\/?>/gi;
const ESCAPES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

/** The plain text of an article body: what search indexes and what reading time counts. */
export function plainTextOf(html: string): string {
  const spaced = html.replace(BLOCK_END, (tag) => `${tag}\n`);
  const text = sanitizeHtml(spaced, { allowedTags: [], allowedAttributes: {} });
  return text
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (entity) => ESCAPES[entity] ?? entity)
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

export function wordCountOf(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}
