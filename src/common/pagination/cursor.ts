import { AppError } from '../errors.js';

/**
 * Opaque keyset cursors: the sort key of the last row seen, base64url-encoded JSON. A cursor that does
 * not decode to the expected shape is a BAD_USER_INPUT, never a server error.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function malformedCursor(): AppError {
  return AppError.badInput('Malformed cursor', [{ field: 'after', messages: ['after must be a cursor returned by this API'] }]);
}

export function decodeCursor(cursor: string, shape: readonly ('string' | 'number' | 'date')[]): (string | number)[] {
  const invalid = malformedCursor;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw invalid();
  shape.forEach((kind, index) => {
    const value = key[index];
    const ok =
      kind === 'number'
        ? typeof value === 'number' && Number.isFinite(value)
        : typeof value === 'string' && (kind === 'string' || !Number.isNaN(Date.parse(value)));
    if (!ok) throw invalid();
  });
  return key as (string | number)[];
}
