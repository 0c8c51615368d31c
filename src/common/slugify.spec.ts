import { describe, expect, it } from '@jest/globals';
import { SLUG_PATTERN, slugify } from './slugify.js';

describe('slugify', () => {
  it.each([
    ['Libertà è Perù', 'liberta-e-peru'],
    ['Perché la Bce taglia i tassi?', 'perche-la-bce-taglia-i-tassi'],
    ['Città, più società', 'citta-piu-societa'],
    ['Net & Tech', 'net-tech'],
    ["Director's Point of View", 'directors-point-of-view'],
    ['L’Europa e l’Ucraina', 'leuropa-e-lucraina'],
    ['  ECB cuts rates: 3.25%  ', 'ecb-cuts-rates-3-25'],
    ['Straße Œuvre Ærø Łódź', 'strasse-oeuvre-aero-lodz'],
    ['Crème brûlée naïve façade', 'creme-brulee-naive-facade'],
    ['--already-a-slug--', 'already-a-slug'],
  ])('%s -> %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it('is empty when nothing Latin is left', () => {
    expect(slugify('Москва')).toBe('');
    expect(slugify('!!!')).toBe('');
  });

  it('cuts long text at a word boundary', () => {
    expect(slugify('uno due tre quattro', 12)).toBe('uno-due-tre');
    expect(slugify('abcdefghijklmnop', 5)).toBe('abcde');
    expect(slugify('a'.repeat(300))).toHaveLength(140);
  });
});
