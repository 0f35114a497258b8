import type { ServerResponse } from 'node:http';
import type { AppServices } from '../context';
import { getSante } from '../sante/sante.service';

// How long /sante/pret waits for the database before it answers « not ready ».
const DELAI_BASE_MS = 2000;

export const CHEMINS_SANTE = ['/sante/vivant', '/sante/pret'] as const;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

// Probes for load balancers and orchestrators, JSON, no authentication. « vivant »: the process answers (restart it
// when it does not). « prêt »: it can serve (database reachable, migrations done, not stopping); take it out of
// rotation when it is not.
export function createSanteHttp(services: AppServices, isStopping: () => boolean) {
  return async (path: string, res: ServerResponse): Promise<void> => {
    if (path === '/sante/vivant') return send(res, 200, { statut: 'vivant', pid: process.pid, depuisSecondes: Math.round(process.uptime()) });
    if (isStopping()) return send(res, 503, { statut: 'arret', raison: 'Arrêt en cours.' });
    let timer: NodeJS.Timeout | undefined;
    try {
      const sante = await Promise.race([
        getSante(services.db),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`la base n'a pas répondu en ${DELAI_BASE_MS} ms`)), DELAI_BASE_MS);
        }),
      ]);
      const repliques = services.db.replicaStates();
      if (sante.migrationsEnAttente > 0) {
        return send(res, 503, { statut: 'pas-pret', raison: `${sante.migrationsEnAttente} migration(s) en attente.`, repliques });
      }
      return send(res, 200, { statut: 'pret', backend: sante.backend, migrationsEnAttente: 0, repliques });
    } catch (error) {
      return send(res, 503, { statut: 'pas-pret', raison: `Base injoignable : ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      clearTimeout(timer);
    }
  };
}
