import { Role } from '../../src/auth/entities/user.entity.js';
import { isAllowed, type Action } from '../../src/auth/permissions.js';
import type { GraphQLResponse, TestApp } from './test-app.js';
import { actAs, outcome } from './users.js';

export type Caller = Role | 'anonymous';
/** Runs one operation: a GraphQL response, or (REST) the outcome code itself. */
export type Run = (headers: Record<string, string>) => Promise<GraphQLResponse<unknown> | string>;

/** One operation of a role matrix, with the action of the permission table it needs. */
export interface MatrixOperation {
  name: string;
  action: Action;
  run: Run;
}

export const CALLERS: Caller[] = ['anonymous', ...Object.values(Role)];

/** Headers to act as a fresh logged-in user of every role, and none for anonymous. */
export async function headersOfEveryCaller(app: TestApp): Promise<Map<Caller, Record<string, string>>> {
  const headersOf = new Map<Caller, Record<string, string>>([['anonymous', {}]]);
  for (const role of Object.values(Role)) headersOf.set(role, (await actAs(app, role)).headers);
  return headersOf;
}

/**
 * Runs every operation as every caller. `expected` comes from the permission table (anonymous:
 * UNAUTHENTICATED; a role without the action: FORBIDDEN), `actual` from the API, one line each.
 */
export async function roleMatrix(operations: MatrixOperation[], headersOf: Map<Caller, Record<string, string>>): Promise<{ expected: string[]; actual: string[] }> {
  const expected: string[] = [];
  const actual: string[] = [];
  for (const operation of operations) {
    for (const caller of CALLERS) {
      const allowed = caller === 'anonymous' ? 'UNAUTHENTICATED' : isAllowed(caller, operation.action, null) ? 'OK' : 'FORBIDDEN';
      expected.push(`${operation.name} as ${caller}: ${allowed}`);
      const result = await operation.run(headersOf.get(caller)!);
      actual.push(`${operation.name} as ${caller}: ${typeof result === 'string' ? result : outcome(result)}`);
    }
  }
  return { expected, actual };
}
