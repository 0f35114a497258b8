import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import compression from 'compression';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ANONYMOUS_VIEWER, createContext, type ApiContext, type AppServices, type Authenticate } from '../context';
import { formatError } from '../common/format-error';
import { buildApiSchema } from '../schema/build-schema';
import { statementCountPlugin, uncacheablePlugin } from './statement-count.plugin';
import { jitGateway } from './jit-gateway';
import { responseCachePlugins } from './response-cache.plugin';
import { runCountingStatements } from '../database/statement-counter';
import { spliceRawJson } from '../common/raw-json';
import { registerPolesExportRoutes } from '../poles/export-poles.routes';
import { graphqlHttpHandler, isGraphqlJsonPost } from './graphql-http';

export interface AppOptions {
  dashboardDist: string | null;
  // Resolves the Authorization header to a viewer (anonymous readers by default).
  authenticate?: Authenticate;
  // Seconds anonymous queries' answers are cached in memory (0: no cache). See response-cache.plugin.ts.
  cacheReponsesSecondes?: number;
}

export interface App {
  express: Express;
  // The HTTP handler to serve: JSON POSTs to /graphql straight to Apollo (graphql-http.ts), the rest to Express.
  handle(req: IncomingMessage, res: ServerResponse): void;
  apollo: ApolloServer<ApiContext>;
  stop(): Promise<void>;
}

export async function createApp(services: AppServices, options: AppOptions): Promise<App> {
  const apollo = new ApolloServer<ApiContext>({
    gateway: jitGateway(buildApiSchema()),
    formatError,
    introspection: true,
    // main.ts stops the server itself, in order: HTTP, Apollo, database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // No field carries a cache hint, so the default cache-control plugin only wrapped every field resolver to
    // conclude « no-store » (measured on benchmark scenario 1); the header is now set by uncacheablePlugin.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      uncacheablePlugin(),
      statementCountPlugin(),
      ...(options.cacheReponsesSecondes ? responseCachePlugins(options.cacheReponsesSecondes) : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Only for clients that accept a compressed body (browsers always do): the others skip the middleware's wrapping.
  const compress = compression();
  app.use((req, res, next) => (!req.headers['accept-encoding'] ? next() : compress(req, res, next)));
  registerPolesExportRoutes(app, services);

  const dist = options.dashboardDist && fs.existsSync(options.dashboardDist) ? options.dashboardDist : null;
  // A browser opening /graphql gets the bundled GraphQL IDE (no CDN); API clients get GraphQL.
  app.get('/graphql', (req, res, next) => {
    const wantsHtml = req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query;
    if (wantsHtml && dist) return res.sendFile(path.join(dist, 'ide.html'));
    return next();
  });
  const context = async (req: IncomingMessage) =>
    createContext(
      services,
      String(req.headers['x-request-id'] ?? randomUUID()),
      options.authenticate ? await options.authenticate(req.headers.authorization) : ANONYMOUS_VIEWER,
    );
  // A cached answer must hold its JSON itself, not placeholders spliced per request.
  const splice = !options.cacheReponsesSecondes;
  // GET queries and other content types (Apollo's CSRF prevention answers them) keep the Express route.
  app.use(
    '/graphql',
    (_req, _res, next) => void runCountingStatements(() => next(), { splice }),
    spliceRawJson,
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: ({ req }) => context(req) }),
  );
  if (dist) {
    app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(path.join(dist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('Tableau de bord non construit : lancez « pnpm build ». L’API répond sur /graphql.');
    });
  }

  const graphql = graphqlHttpHandler(apollo, { context, splice });
  return {
    express: app,
    apollo,
    handle: (req, res) => (isGraphqlJsonPost(req) ? graphql(req, res) : void app(req, res)),
    stop: () => apollo.stop(),
  };
}
