import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { encodeCursor, type Page } from './pagination';

@ObjectType({ simpleResolvers: true, description: 'Position dans une liste paginée.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Curseur du dernier élément, à passer en `after`.' })
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

// A Relay-style connection type per node type: `XConnection { totalCount nodes edges { cursor node } pageInfo }`.
export function createConnectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => nodeType)
    node: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `Liste paginée de ${name}.` })
  class ConnectionType {
    @Field(() => Int, { description: 'Nombre total d’éléments, toutes pages confondues.' })
    totalCount: number;

    @Field(() => [nodeType])
    nodes: T[];

    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionType;
}

// `nodes` may hold one extra row (fetched with LIMIT limit + 1) that only tells whether a next page exists.
export function buildConnection<T>(rows: T[], totalCount: number, page: Page): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(page.offset + index), node }));
  return {
    totalCount,
    nodes,
    edges,
    pageInfo: {
      hasNextPage: page.offset + nodes.length < totalCount,
      endCursor: edges.length > 0 ? edges[edges.length - 1]!.cursor : null,
    },
  };
}
