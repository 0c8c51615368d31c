import { describe, expect, it } from '@jest/globals';
import { SLUG_PATTERN, slugify } from './slugify.js';

describe('slugify', () => {
  it.each([
    ['Libertà è Perù', 'liberta-e-peru'],
    ["Ue e Corea del Sud firmano un accordo. L'Italia c'è", 'ue-e-corea-del-sud-firmano-un-accordo-litalia-ce'],
    ['EU, South Korea sign defence agreement', 'eu-south-korea-sign-defence-agreement'],
    ['Straße & Øresund: œuvre', 'strasse-oresund-oeuvre'],
    ['  --Hello__World--  ', 'hello-world'],
    ['Perché la Bce taglia i tassi?', 'perche-la-bce-taglia-i-tassi'],
    ['Net & Tech', 'net-tech'],
    ["Director's Point of View", 'directors-point-of-view'],
    ['L’Europa e l’Ucraina', 'leuropa-e-lucraina'],
    ['  ECB cuts rates: 3.25%  ', 'ecb-cuts-rates-3-25'],
    ['Ærø Łódź Þór', 'aero-lodz-thor'],
    ['Crème brûlée naïve façade', 'creme-brulee-naive-facade'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('is empty when nothing Latin is left', () => {
    expect(slugify('Москва')).toBe('');
    expect(slugify('!!!')).toBe('');
  });

  it('cuts long titles at a word boundary (80 characters unless told)', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^word(-word)*$/);
    expect(slugify('uno due tre quattro', 12)).toBe('uno-due-tre');
    expect(slugify('abcdefghijklmnop', 5)).toBe('abcde');
    expect(slugify('a'.repeat(300), 140)).toHaveLength(140);
  });
});
