import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import compression from 'compression';
import { ApolloServer } from '@apollo/server';
import { printSchema } from 'graphql';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ANONYMOUS_VIEWER } from '../common/viewer';
import { formatError } from '../common/format-error';
import { LIMITES_REQUETE } from '../common/limites-requete';
import { createContext, type ApiContext, type AppServices } from '../context';
import type { Authenticate } from '../auth/jeton.service';
import { registerPolesExportRoutes } from '../poles/export-poles.routes';
import { buildApiSchema } from '../schema/build-schema';
import { CANAL_VERSION_DONNEES, getVersionDonnees } from '../version-donnees/version-donnees';
import { createGraphqlHandler } from './graphql-handler';
import { jitGateway } from './jit-gateway';
import { lectureRepliquePlugin } from './lecture-replique.plugin';
import { limitesRequetePlugin } from './limites/limites-requete.plugin';
import { nodeHttpAdapter } from './node-http-adapter';
import { responseCachePlugins } from './response-cache.plugin';
import { CHEMINS_SANTE, createSanteHttp } from './sante-http';
import { statementCountPlugin, uncacheablePlugin } from './statement-count.plugin';

// How long a writer's reads wait for the replicas to replay its write (its cookie's life): a replica further behind
// is out of rotation anyway.
const COOKIE_LSN_SECONDES = 300;

export interface AppOptions {
  dashboardDist: string | null;
  // Resolves the Authorization header to a viewer (anonymous readers by default).
  authenticate?: Authenticate;
  // Seconds anonymous queries' answers are cached in memory (0: no cache). See response-cache.plugin.ts.
  cacheReponsesSecondes?: number;
  // Anonymous GraphQL requests handled at once, the others waiting their turn (0: no limit); default: four times the
  // connections their reads can use (graphql-handler.ts).
  anonymesEnCoursMax?: number;
}

export interface App {
  // The HTTP handler to serve: /graphql through the GraphQL handler, the rest (dashboard, IDE, exports) through Express.
  handle(req: IncomingMessage, res: ServerResponse): void;
  apollo: ApolloServer<ApiContext>;
  // From now on /sante/pret answers 503 (a load balancer takes the instance out of rotation).
  beginShutdown(): void;
  stop(): Promise<void>;
}

// A browser opening /graphql (no query in the URL) gets the bundled GraphQL IDE; API clients get GraphQL.
function asksGraphql(req: IncomingMessage): boolean {
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const wantsIde = req.method === 'GET' && !url.includes('query=') && (req.headers.accept ?? '').includes('text/html');
  return !wantsIde;
}

function createExpress(services: AppServices, dist: string | null): Express {
  const app = express();
  app.disable('x-powered-by');
  // Only for clients that accept a compressed body (browsers always do): the others skip the middleware's wrapping.
  const compress = compression();
  app.use((req, res, next) => (!req.headers['accept-encoding'] ? next() : compress(req, res, next)));
  registerPolesExportRoutes(app, services);
  if (dist) {
    app.get('/graphql', (_req, res) => res.sendFile(path.join(dist, 'ide.html')));
    app.use(express.static(dist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(path.join(dist, 'index.html')));
  } else {
    app.get('/', (_req, res) => {
      res.status(503).type('text/plain; charset=utf-8').send('Tableau de bord non construit : lancez « pnpm build ». L’API répond sur /graphql.');
    });
  }
  return app;
}

export async function createApp(services: AppServices, options: AppOptions): Promise<App> {
  const schema = buildApiSchema();
  const cache = options.cacheReponsesSecondes ? responseCachePlugins(options.cacheReponsesSecondes) : null;
  const apollo = new ApolloServer<ApiContext>({
    gateway: jitGateway(schema),
    formatError,
    parseOptions: { maxTokens: LIMITES_REQUETE.jetons },
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
      limitesRequetePlugin(schema),
      statementCountPlugin(),
      ...(cache ? cache.plugins : []),
      ...(services.db.hasReplicas ? [lectureRepliquePlugin(COOKIE_LSN_SECONDES)] : []),
    ],
  });
  await apollo.start();
  // Writes made through any instance (or a CLI import) empty this one's response cache.
  const unlisten = cache ? await services.db.listen(CANAL_VERSION_DONNEES, () => cache.clear()) : async () => undefined;
  const build = createHash('sha1').update(printSchema(schema)).digest('base64url').slice(0, 12);
  const dist = options.dashboardDist && fs.existsSync(options.dashboardDist) ? options.dashboardDist : null;
  const app = createExpress(services, dist);
  const graphql = nodeHttpAdapter(
    createGraphqlHandler(apollo, {
      context: async (headers) => {
        const authorization = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
        const viewer = options.authenticate ? await options.authenticate(authorization) : ANONYMOUS_VIEWER;
        return createContext(services, String(headers['x-request-id'] ?? randomUUID()), viewer);
      },
      // A cached answer must hold its JSON itself, not placeholders spliced per request.
      spliceRawJson: !options.cacheReponsesSecondes,
      cacheHttp: { validateur: async () => `${await getVersionDonnees(services.db)}.${build}` },
      anonymesEnCoursMax: options.anonymesEnCoursMax ?? 4 * services.db.readConnections,
    }),
  );
  let stopping = false;
  const sante = createSanteHttp(services, () => stopping);
  return {
    apollo,
    handle: (req, res) => {
      const path = (req.url ?? '').split('?')[0]!;
      if ((CHEMINS_SANTE as readonly string[]).includes(path)) return void sante(path, res);
      return asksGraphql(req) ? void graphql(req, res) : void app(req, res);
    },
    beginShutdown: () => {
      stopping = true;
    },
    stop: async () => {
      await unlisten();
      await apollo.stop();
    },
  };
}
