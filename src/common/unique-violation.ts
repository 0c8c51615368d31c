import { QueryFailedError, type EntityManager } from 'typeorm';
import type { ContentChange } from '../changes/content-change.js';
import type { ContentChanges } from '../changes/content-changes.service.js';
import { SurrogateKeys } from '../changes/surrogate-keys.js';
import type { AppError } from './errors.js';

const TAXONOMY_UPDATED: ContentChange = { type: 'taxonomy.updated', paths: [], surrogateKeys: [SurrogateKeys.taxonomy] };

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
 * One transaction per write to sections, tags or authors, announced as a taxonomy change (their names
 * and slugs show in every path and list). The unique indexes decide (no check-then-insert race);
 * `conflictOf` turns a violation into a CONFLICT naming the input field, and anything it does not
 * recognize goes to the common error mapping.
 */
export async function taxonomyTransaction<T>(
  changes: ContentChanges,
  work: (manager: EntityManager) => Promise<T>,
  conflictOf: (violation: UniqueViolation) => AppError | undefined,
): Promise<T> {
  try {
    return await changes.transaction((manager, log) => {
      log.add(TAXONOMY_UPDATED);
      return work(manager);
    });
  } catch (error) {
    const violation = uniqueViolationOf(error);
    throw (violation && conflictOf(violation)) ?? error;
  }
}
