/** What a slug looks like everywhere: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Article slugs are made from titles, which can be long: cut them here. */
const DEFAULT_MAX_LENGTH = 80;

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A URL slug from a title or name: accents transliterated ("Libertà è Perù" → "liberta-e-peru"),
 * apostrophes dropped ("L'Italia c'è" → "litalia-ce"), every other run of non-alphanumerics one
 * hyphen, cut at a word boundary to `maxLength`. Empty when nothing Latin is left (the caller asks
 * for a slug, or picks a fallback, then).
 */
export function slugify(text: string, maxLength = DEFAULT_MAX_LENGTH): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\x00-\x7f]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(/['’‘`]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return truncateAtHyphen(slug, maxLength);
}

function truncateAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
