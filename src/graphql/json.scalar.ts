import { GraphQLScalarType, valueFromASTUntyped } from 'graphql';

/**
 * Any JSON value, sent as is. Used for documents whose shape belongs to another standard (schema.org
 * JSON-LD), which clients embed without reading field by field.
 */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (object, array, string, number, boolean or null).',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
