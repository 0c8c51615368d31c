import { describe, expect, it } from '@jest/globals';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { countSelections } from './login-once.guard.js';

function count(source: string): number {
  const document = parse(source);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [(fragment as FragmentDefinitionNode).name.value, fragment]),
  ) as Record<string, FragmentDefinitionNode>;
  return countSelections(operation.selectionSet, 'login', { fragments });
}

describe('countSelections', () => {
  it('counts a root field through aliases, inline fragments and named fragments', () => {
    expect(count(`mutation { login(email: "a", password: "b") { accessToken } }`)).toBe(1);
    expect(count(`mutation { a: login(email: "a", password: "b") { accessToken } b: login(email: "a", password: "c") { accessToken } }`)).toBe(2);
    expect(count(`mutation { ... on Mutation { login(email: "a", password: "b") { accessToken } } ...f } fragment f on Mutation { x: login(email: "a", password: "c") { accessToken } }`)).toBe(2);
    expect(count(`mutation { logout }`)).toBe(0);
  });
});
