import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { slugConflict } from './slug.js';
import { uniqueViolationOf } from './unique-violation.js';

const failure = (driverError: Record<string, unknown>) => new QueryFailedError('INSERT ...', [], Object.assign(new Error('failed'), driverError));

describe('unique violations', () => {
  it('reads the columns and values of the index that refused', () => {
    const error = failure({ code: '23505', detail: 'Key (locale, slug)=(it, politica) already exists.' });
    expect(uniqueViolationOf(error)).toEqual({ columns: ['locale', 'slug'], values: ['it', 'politica'] });
  });

  it('ignores other errors', () => {
    expect(uniqueViolationOf(failure({ code: '23503', detail: 'Key (parent_id)=(x) is not present in table "section".' }))).toBeUndefined();
    expect(uniqueViolationOf(new Error('Key (slug)=(x) already exists.'))).toBeUndefined();
  });

  it('turns a slug violation into a CONFLICT naming the field of its locale', () => {
    const conflict = slugConflict({ columns: ['locale', 'slug'], values: ['en', 'politics'] }, (locale) => `input.translations.${locale}.slug`);
    expect(conflict).toMatchObject({ code: 'CONFLICT', message: 'The slug "politics" is already taken in locale "en"', details: { field: 'input.translations.en.slug', locale: 'en' } });
    expect(slugConflict({ columns: ['email'], values: ['a@b.c'] }, () => 'input.slug')).toBeUndefined();
  });
});
