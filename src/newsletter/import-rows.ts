import { AppError } from '../common/errors.js';
import type { CsvRecord } from './csv/csv-parser.js';
import { unguardFormula } from './csv/csv-writer.js';
import { isBlockedDomain, normalizeEmail } from './email-address.js';

/** Where the columns an import reads are, by header name (case and spaces ignored); other columns are ignored. */
export interface ImportColumns {
  email: number;
  locale: number;
  consentAt: number;
  consentText: number;
  consentVersion: number;
}

/** A row that passed validation, ready to write. */
export interface ImportRow {
  line: number;
  email: string;
  locale: string;
  consentAt: Date | null;
  consentText: string | null;
  consentVersion: string | null;
}

export interface ImportRejection {
  line: number;
  email: string | null;
  reason: string;
}

export interface ImportRules {
  locales: readonly string[];
  defaultLocale: string;
  blockedDomains: readonly string[];
  now: Date;
}

const HEADERS: Record<keyof ImportColumns, string> = {
  email: 'email',
  locale: 'locale',
  consentAt: 'consent_at',
  consentText: 'consent_text',
  consentVersion: 'consent_version',
};
const LIMITS = { consentText: 2000, consentVersion: 40 };
// A date, or a date and time with an optional zone (UTC when none): what spreadsheets and other tools export.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(Z|[+-]\d{2}:?\d{2})?)?$/;
// Clocks differ a little between the old system and this one.
const FUTURE_TOLERANCE_MS = 5 * 60_000;

function csvProblem(message: string): AppError {
  return AppError.badInput(message, [{ field: 'csv', messages: [message] }]);
}

/** The column positions from the header row; without an `email` column nothing can be imported. */
export function importColumns(header: CsvRecord | undefined): ImportColumns {
  if (!header || header.error) throw csvProblem('The CSV needs a header row naming its columns, with an "email" column');
  const names = header.fields.map((name) => name.trim().toLowerCase().replace(/\s+/g, '_'));
  const columns = Object.fromEntries(Object.entries(HEADERS).map(([key, name]) => [key, names.indexOf(name)])) as unknown as ImportColumns;
  if (columns.email < 0) throw csvProblem('The CSV header has no "email" column');
  return columns;
}

/** Checks one data row: a valid, allowed address, a configured locale (the default when empty), a real consent date not in the future. */
export function validateImportRow(record: CsvRecord, columns: ImportColumns, rules: ImportRules): ImportRow | ImportRejection {
  const cell = (index: number) => (index >= 0 ? (record.fields[index] ?? '').trim() : '');
  const rawEmail = unguardFormula(cell(columns.email));
  const reject = (reason: string): ImportRejection => ({ line: record.line, email: rawEmail || null, reason });
  if (record.error) return reject(`malformed CSV: ${record.error}`);
  if (!rawEmail) return reject('no email address');
  let email: string;
  try {
    email = normalizeEmail(rawEmail);
  } catch (error) {
    return reject(error instanceof Error ? error.message : String(error));
  }
  if (isBlockedDomain(email, rules.blockedDomains)) return reject('addresses at this domain are not accepted');
  const locale = cell(columns.locale) || rules.defaultLocale;
  if (!rules.locales.includes(locale)) return reject(`unsupported locale "${locale}"; supported: ${rules.locales.join(', ')}`);
  const consentAt = parseConsentDate(cell(columns.consentAt), rules.now);
  if (consentAt === 'invalid') return reject('consent_at is not a date (YYYY-MM-DD, or an ISO 8601 date and time)');
  if (consentAt === 'future') return reject('consent_at is in the future');
  const consentText = cell(columns.consentText) || null;
  const consentVersion = cell(columns.consentVersion) || null;
  if ((consentText?.length ?? 0) > LIMITS.consentText) return reject(`consent_text is longer than ${LIMITS.consentText} characters`);
  if ((consentVersion?.length ?? 0) > LIMITS.consentVersion) return reject(`consent_version is longer than ${LIMITS.consentVersion} characters`);
  return { line: record.line, email, locale, consentAt, consentText, consentVersion };
}

export function isRejection(row: ImportRow | ImportRejection): row is ImportRejection {
  return 'reason' in row;
}

/** A consent date: null when empty; a date without a time is midnight UTC, a time without a zone is UTC. */
export function parseConsentDate(text: string, now: Date): Date | null | 'invalid' | 'future' {
  if (!text) return null;
  const match = ISO_DATE.exec(text);
  if (!match) return 'invalid';
  const [, year, month, day, time, zone] = match;
  const offset = zone === undefined ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(`${year}-${month}-${day}T${time ?? '00:00'}${offset}`);
  // Date accepts 2025-02-30 as 2 March: the calendar day must survive the round trip.
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime()) || check.getUTCDate() !== Number(day) || check.getUTCMonth() !== Number(month) - 1) return 'invalid';
  if (date.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return 'future';
  return date;
}
