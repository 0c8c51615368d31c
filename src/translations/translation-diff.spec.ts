import { describe, expect, it } from '@jest/globals';
import { fieldChanges, paragraphChanges, paragraphsOf } from './translation-diff.js';

describe('translation diff', () => {
  it('lists the fields that changed', () => {
    const synced = { title: 'A', subtitle: 'S', excerpt: null, body: '' };
    expect(fieldChanges(synced, { ...synced, title: 'B', excerpt: 'E' })).toEqual([
      { field: 'title', before: 'A', after: 'B' },
      { field: 'excerpt', before: null, after: 'E' },
    ]);
  });

  it('reads paragraphs as plain text', () => {
    expect(paragraphsOf('<h2>Titolo</h2><p>Uno <strong>due</strong></p><ul><li>tre</li></ul>')).toEqual(['Titolo', 'Uno due', 'tre']);
  });

  it('aligns paragraphs: a changed one, an added one and a removed one', () => {
    const before = '<p>Uno</p><p>Due</p><p>Tre</p><p>Quattro</p>';
    const after = '<p>Uno</p><p>Due, rivisto</p><p>Tre</p><p>Tre e mezzo</p>';
    expect(paragraphChanges(before, after)).toEqual([
      { index: 1, kind: 'CHANGED', before: 'Due', after: 'Due, rivisto' },
      { index: 3, kind: 'CHANGED', before: 'Quattro', after: 'Tre e mezzo' },
    ]);
    expect(paragraphChanges('<p>Uno</p><p>Due</p>', '<p>Uno</p><p>Nuovo</p><p>Due</p>')).toEqual([{ index: 1, kind: 'ADDED', before: null, after: 'Nuovo' }]);
    expect(paragraphChanges('<p>Uno</p><p>Due</p><p>Tre</p>', '<p>Uno</p><p>Tre</p>')).toEqual([{ index: 1, kind: 'REMOVED', before: 'Due', after: null }]);
    expect(paragraphChanges('<p>Uguale</p>', '<p>Uguale</p>')).toEqual([]);
  });
});
