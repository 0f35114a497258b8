import {
  BREAK,
  execute,
  getOperationAST,
  GraphQLError,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { CHAMPS_MAX_JIT } from '../common/limites-requete';
import type { ApiContext } from '../context';
import { mesurerOperation } from './limites/mesurer-operation';

type Gateway = ApolloServerOptionsWithGateway<ApiContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

// Operations are executed by graphql-jit: each document is compiled once into a JavaScript function, instead of
// graphql-js walking the document for every request (measured on benchmark scenarios 1 and 5). Apollo Server
// keeps the parsed and validated document of a query text in its document store, so compiled functions are
// cached per document object and per operation name. Apollo Server 5 has no executor option: its gateway
// interface is the documented way to provide one. Introspection, any operation graphql-jit cannot compile, and
// those of more than CHAMPS_MAX_JIT fields once fragments are expanded (graphql-jit's compile time grows with them
// and blocks the event loop) run on graphql-js.
export function jitGateway(schema: GraphQLSchema): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled | null>>();

  const compiledFor = (document: DocumentNode, operationName: string | null): Compiled | null => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    if (!byOperation.has(key)) byOperation.set(key, compile(schema, document, operationName));
    return byOperation.get(key)!;
  };

  const executor: Executor = async (requestContext) => {
    const { document, request, context } = requestContext;
    const compiledQuery = compiledFor(document, request.operationName ?? null);
    const result = compiledQuery
      ? await compiledQuery.query.query(undefined, context, withDefaults(request.variables, compiledQuery.defaults))
      : await execute({ schema, document, contextValue: context, variableValues: request.variables, operationName: request.operationName });
    return withGraphqlErrors(result) as ExecutionResult<Record<string, unknown>, Record<string, unknown>>;
  };

  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

interface Compiled {
  query: CompiledQuery;
  // graphql-jit 0.8.9 rejects an omitted non-null variable even when it has a default (`$code: String! = "53"`,
  // valid GraphQL): omitted variables get their default before execution.
  defaults: [string, unknown][];
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | null): Compiled | null {
  const operation = getOperationAST(document, operationName);
  if (!operation || asksIntrospection(document)) return null;
  if (mesurerOperation(schema, document, operation).champs > CHAMPS_MAX_JIT) return null;
  const query = compileQuery(schema, document, operationName ?? undefined);
  if (!isCompiledQuery(query)) return null;
  const defaults: [string, unknown][] = (operation.variableDefinitions ?? [])
    .filter((v) => v.defaultValue)
    .map((v) => [v.variable.name.value, valueFromASTUntyped(v.defaultValue!)]);
  return { query, defaults };
}

// graphql-jit's errors are its own GraphQLError, without `extensions` when the error thrown had none: Apollo
// Server then fails while reading their code and answers its own « Internal server error », skipping formatError.
// Every error becomes graphql-js's GraphQLError (its cause kept as originalError) and goes through formatError.
function withGraphqlErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((error) => {
    if (error instanceof GraphQLError && error.constructor === GraphQLError && error.extensions) return error;
    const normalised = new GraphQLError(error.message, {
      path: error.path,
      originalError: error.originalError ?? error,
      extensions: error.extensions ?? {},
    });
    return Object.assign(normalised, { locations: error.locations });
  });
  return { ...result, errors };
}

function withDefaults(variables: Record<string, unknown> | undefined, defaults: [string, unknown][]): Record<string, unknown> {
  if (defaults.length === 0) return variables ?? {};
  const filled = { ...variables };
  for (const [name, value] of defaults) if (filled[name] === undefined) filled[name] = value;
  return filled;
}

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}
