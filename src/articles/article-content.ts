import { plainTextOf, wordCountOf } from './article-text.js';

const EXCERPT_LENGTH = 220;

export interface DerivedContent {
  body: string;
  bodyText: string;
  wordCount: number;
  excerpt: string | null;
}

/** What a save derives from the sanitized body: its plain text, word count, and the excerpt when none was given. */
export function deriveContent(sanitizedBody: string, excerpt: string | null | undefined): DerivedContent {
  const bodyText = plainTextOf(sanitizedBody);
  return { body: sanitizedBody, bodyText, wordCount: wordCountOf(bodyText), excerpt: excerpt?.trim() || excerptOf(bodyText) };
}

/** The opening of the text, cut at a word boundary, with an ellipsis when cut. */
export function excerptOf(text: string, length = EXCERPT_LENGTH): string | null {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (!flat) return null;
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : length).replace(/[\s,;:.]+$/, '')}…`;
}
