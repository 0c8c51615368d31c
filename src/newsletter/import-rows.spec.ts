import { describe, expect, it } from '@jest/globals';
import { importColumns, parseConsentDate, validateImportRow, type ImportRules } from './import-rows.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const RULES: ImportRules = { locales: ['it', 'en'], defaultLocale: 'it', blockedDomains: ['mailinator.com'], now: NOW };
const COLUMNS = importColumns({ line: 1, fields: ['Name', ' Email ', 'Locale', 'Consent At', 'consent_text', 'consent_version'] });
const row = (fields: string[], line = 2) => validateImportRow({ line, fields }, COLUMNS, RULES);

describe('importColumns', () => {
  it('finds the columns by name, ignoring case, spaces and unknown columns', () => {
    expect(COLUMNS).toEqual({ email: 1, locale: 2, consentAt: 3, consentText: 4, consentVersion: 5 });
  });

  it('needs a header with an email column', () => {
    expect(() => importColumns(undefined)).toThrow('header row');
    expect(() => importColumns({ line: 1, fields: ['mail', 'locale'] })).toThrow('"email" column');
  });
});

describe('validateImportRow', () => {
  it('normalizes the address, defaults the locale, reads the consent record', () => {
    expect(row(['Mario', ' Mario@Example.IT ', '', '2024-03-01', 'Sì', 'v2'])).toEqual({
      line: 2,
      email: 'mario@example.it',
      locale: 'it',
      consentAt: new Date('2024-03-01T00:00:00Z'),
      consentText: 'Sì',
      consentVersion: 'v2',
    });
    expect(row(['', "'-dash@example.it", 'en', '', '', ''])).toMatchObject({ email: '-dash@example.it', locale: 'en', consentAt: null });
  });

  it.each([
    [['', 'not-an-email', 'it', ''], 'The email address is not valid'],
    [['', '', 'it', ''], 'no email address'],
    [['', 'a@mailinator.com', 'it', ''], 'addresses at this domain are not accepted'],
    [['', 'a@example.it', 'fr', ''], 'unsupported locale "fr"; supported: it, en'],
    [['', 'a@example.it', 'it', '01/02/2024'], 'consent_at is not a date (YYYY-MM-DD, or an ISO 8601 date and time)'],
    [['', 'a@example.it', 'it', '2025-02-30'], 'consent_at is not a date (YYYY-MM-DD, or an ISO 8601 date and time)'],
    [['', 'a@example.it', 'it', '2027-01-01'], 'consent_at is in the future'],
    [['', 'a@example.it', 'it', '', '', 'x'.repeat(41)], 'consent_version is longer than 40 characters'],
  ])('rejects %j: %s', (fields, reason) => {
    expect(row(fields, 7)).toEqual({ line: 7, email: fields[1] || null, reason });
  });

  it('rejects a malformed record with the parser’s reason', () => {
    expect(validateImportRow({ line: 3, fields: ['', 'a@example.it'], error: 'text after a closing quote' }, COLUMNS, RULES)).toEqual({
      line: 3,
      email: 'a@example.it',
      reason: 'malformed CSV: text after a closing quote',
    });
  });
});

describe('parseConsentDate', () => {
  it('reads dates and date-times, UTC unless a zone is given', () => {
    expect(parseConsentDate('2024-03-01 10:30', NOW)).toEqual(new Date('2024-03-01T10:30:00Z'));
    expect(parseConsentDate('2024-03-01T10:30:15.250+02:00', NOW)).toEqual(new Date('2024-03-01T08:30:15.250Z'));
    expect(parseConsentDate('', NOW)).toBeNull();
    expect(parseConsentDate('2024-13-01', NOW)).toBe('invalid');
  });
});
