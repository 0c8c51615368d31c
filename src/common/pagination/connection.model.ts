import { Type } from '@nestjs/common';
import { Field, Int, ObjectType, type FieldMiddleware } from '@nestjs/graphql';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/**
 * The size of the whole list, computed only when asked for: counting a large list costs more than
 * reading a page of it. GraphQL calls it (see countWhenSelected) only when a query selects `totalCount`.
 */
export type TotalCount = () => Promise<number>;

/** Resolves `totalCount` by calling the page's counter, which runs only for queries that select the field. */
const countWhenSelected: FieldMiddleware = async (_context, next) => {
  const counter = (await next()) as TotalCount;
  return counter();
};

export interface Page<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: TotalCount;
}

/** A Relay connection type for `node`: `XConnection { edges { cursor node } pageInfo totalCount }`. */
export function Connection<T>(node: Type<T>, name = node.name): Type<Page<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: Edge<T>[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole list holds (counted only when selected).', middleware: [countWhenSelected] })
    totalCount!: TotalCount;
  }
  return ConnectionType;
}

/**
 * Builds a page from `first + 1` rows fetched after the cursor: the extra row only tells whether
 * there is a next page.
 */
export function toPage<R, T>(rows: R[], first: number, totalCount: number | TotalCount, hasPrevious: boolean, cursorOf: (row: R) => string, toNode: (row: R) => T): Page<T> {
  const pageRows = rows.slice(0, first);
  const edges = pageRows.map((row) => ({ cursor: cursorOf(row), node: toNode(row) }));
  return {
    edges,
    totalCount: typeof totalCount === 'number' ? () => Promise.resolve(totalCount) : totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
