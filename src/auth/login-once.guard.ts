import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { AuthErrors } from './auth.errors.js';

/**
 * Refuses an operation that selects the guarded field more than once (aliases, fragments), so one
 * request cannot carry many password guesses. Apollo's HTTP batching is off, so one request is one
 * operation; the rate limits count every attempt anyway.
 */
@Injectable()
export class LoginOnceGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    if (countSelections(info.operation.selectionSet, info.fieldName, info) > 1) throw AuthErrors.loginRepeated();
    return true;
  }
}

/** How many times `fieldName` is selected at the root of a selection set, through fragments too. */
export function countSelections(selectionSet: SelectionSetNode, fieldName: string, info: Pick<GraphQLResolveInfo, 'fragments'>): number {
  return selectionSet.selections.reduce((count, selection) => {
    if (selection.kind === Kind.FIELD) return count + (selection.name.value === fieldName ? 1 : 0);
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    return count + (fragment ? countSelections(fragment.selectionSet, fieldName, info) : 0);
  }, 0);
}
