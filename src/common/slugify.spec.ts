import { describe, expect, it } from '@jest/globals';
import { slugify } from './slugify.js';

describe('slugify', () => {
  it.each([
    ['Libertà è Perù', 'liberta-e-peru'],
    ["Ue e Corea del Sud firmano un accordo. L'Italia c'è", 'ue-e-corea-del-sud-firmano-un-accordo-litalia-ce'],
    ['EU, South Korea sign defence agreement', 'eu-south-korea-sign-defence-agreement'],
    ['Straße & Øresund: œuvre', 'strasse-oresund-oeuvre'],
    ['  --Hello__World--  ', 'hello-world'],
  ])('%s → %s', (text, slug) => expect(slugify(text)).toBe(slug));

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
    expect(slug).toMatch(/^word(-word)*$/);
  });
});
