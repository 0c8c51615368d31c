import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError, ParseOptions, ValidationRule } from 'graphql';
import { GraphQLError } from 'graphql';
import type { AppConfig } from '../config/app-config.js';

/** The limit an operation broke: `extensions.limit` of its BAD_USER_INPUT error. */
export enum QueryLimit {
  DEPTH = 'DEPTH',
  COST = 'COST',
  ALIASES = 'ALIASES',
  DIRECTIVES = 'DIRECTIVES',
  TOKENS = 'TOKENS',
}

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectionHandling = Pick<NonNullable<ArmorConfig['maxDepth']>, 'onReject' | 'propagateOnRejection'>;

/**
 * graphql-js's message when `parseOptions.maxTokens` stops the parser, its only mark: graphql 16 writes
 * "more that", a typo later versions may fix. The e2e spec fails if the wording changes.
 */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/** Reports a rejection as a validation error tagged with its limit, instead of armor's untagged one. */
function reportAs(limit: QueryLimit): RejectionHandling {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } })),
    ],
  };
}

/** Validation rules for depth, cost, aliases and directives: they run before execution, on the parsed document. */
export function queryLimitRules(config: AppConfig): ValidationRule[] {
  const armor = new ApolloArmor({
    // Depth counts nested fields; a fragment spread is not a level of its own.
    maxDepth: { n: config.GRAPHQL_MAX_DEPTH, flattenFragments: true, ...reportAs(QueryLimit.DEPTH) },
    costLimit: { maxCost: config.GRAPHQL_MAX_COST, ...reportAs(QueryLimit.COST) },
    maxAliases: { n: config.GRAPHQL_MAX_ALIASES, ...reportAs(QueryLimit.ALIASES) },
    maxDirectives: { n: config.GRAPHQL_MAX_DIRECTIVES, ...reportAs(QueryLimit.DIRECTIVES) },
    // Armor's token plugin throws outside Apollo's error handling (a 500); the parser's own limit is a clean 400.
    maxTokens: { enabled: false },
    // Apollo's hideSchemaDetailsFromClientErrors strips every "Did you mean", enum values included.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/** The token limit, enforced by graphql-js while parsing, so a huge document is refused before it is built. */
export function queryParseOptions(config: AppConfig): ParseOptions {
  return { maxTokens: config.GRAPHQL_MAX_TOKENS };
}

/** Which limit a formatted error reports, if any. */
export function brokenLimitOf(error: GraphQLFormattedError): QueryLimit | undefined {
  const limit = Object.values(QueryLimit).find((known) => known === error.extensions?.limit);
  if (limit) return limit;
  return TOKEN_LIMIT_MESSAGE.test(error.message) ? QueryLimit.TOKENS : undefined;
}
