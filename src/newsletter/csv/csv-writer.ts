/** A value of one CSV cell; null and undefined are written as an empty field. */
export type CsvValue = string | number | boolean | Date | null | undefined;

// Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

function text(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}

/**
 * One field as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break, with inner
 * quotes doubled. A value that a spreadsheet would run as a formula gets a leading apostrophe, which
 * spreadsheets show as text; the importer strips it again from email addresses.
 */
export function csvField(value: CsvValue): string {
  let field = text(value);
  if (FORMULA_START.test(field)) field = `'${field}`;
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** One record, CRLF-terminated (RFC 4180). */
export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** Undoes the formula guard of `csvField` on a value read back (e.g. an email address starting with "-"). */
export function unguardFormula(field: string): string {
  return field.startsWith("'") && FORMULA_START.test(field.slice(1)) ? field.slice(1) : field;
}
