import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type { AppError } from './errors.js';

/** What a unique index refused: its columns and the values that collided. */
export interface UniqueViolation {
  columns: string[];
  values: string[];
}

const KEY_DETAIL = /^Key \((.+)\)=\((.*)\) already exists/;

/** Reads PostgreSQL's "Key (locale, slug)=(it, x) already exists." detail; undefined for any other error. */
export function uniqueViolationOf(error: unknown): UniqueViolation | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const { code, detail } = error.driverError as { code?: string; detail?: string };
  const match = code === '23505' ? KEY_DETAIL.exec(detail ?? '') : null;
  if (!match) return undefined;
  return { columns: match[1]!.split(', '), values: match[2]!.split(', ') };
}

/**
 * One transaction per mutation. The unique indexes decide (no check-then-insert race); `conflictOf`
 * turns a violation into a CONFLICT naming the input field, and anything it does not recognize goes
 * to the common error mapping.
 */
export async function writeTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  conflictOf: (violation: UniqueViolation) => AppError | undefined,
): Promise<T> {
  try {
    return await dataSource.transaction(work);
  } catch (error) {
    const violation = uniqueViolationOf(error);
    throw (violation && conflictOf(violation)) ?? error;
  }
}
