import { describe, expect, it } from '@jest/globals';
import { AppError } from '../common/errors.js';
import { isBlockedDomain, normalizeEmail } from './email-address.js';

function rejection(raw: string): AppError | undefined {
  try {
    normalizeEmail(raw);
  } catch (error) {
    return error as AppError;
  }
  return undefined;
}

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Mario.Rossi+News@Example.IT \n')).toBe('mario.rossi+news@example.it');
    expect(normalizeEmail('a@xn--bcher-kva.example')).toBe('a@xn--bcher-kva.example');
  });

  it.each([
    ['no at sign', 'mario.example.it'],
    ['empty local part', '@example.it'],
    ['two dots', 'mario..rossi@example.it'],
    ['no dot in the domain', 'mario@localhost'],
    ['numeric top-level domain', 'mario@example.123'],
    ['label starting with a hyphen', 'mario@-example.it'],
    ['quoted local part', '"mario rossi"@example.it'],
    ['IP literal', 'mario@[127.0.0.1]'],
    ['Cyrillic a in the domain', 'mario@exаmple.it'],
    ['full-width at sign', 'mario＠example.it'],
    ['zero-width joiner', 'mar\u200Dio@example.it'],
    ['inner space', 'mario rossi@example.it'],
    ['too long local part', `${'a'.repeat(65)}@example.it`],
    ['too long address', `a@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.${'e'.repeat(63)}.it`],
  ])('refuses %s', (_, raw) => {
    const error = rejection(raw);
    expect(error).toBeInstanceOf(AppError);
    expect(error?.code).toBe('BAD_USER_INPUT');
    expect(error?.details).toEqual({ fields: [{ field: 'email', messages: [expect.any(String)] }] });
  });
});

describe('isBlockedDomain', () => {
  it('matches the domain and its subdomains, not look-alike suffixes', () => {
    const blocked = ['mailinator.com'];
    expect(isBlockedDomain('x@mailinator.com', blocked)).toBe(true);
    expect(isBlockedDomain('x@eu.mailinator.com', blocked)).toBe(true);
    expect(isBlockedDomain('x@notmailinator.com', blocked)).toBe(false);
  });
});
