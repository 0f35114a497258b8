interface Reecrite {
  message: string;
  extensions: Record<string, unknown>;
}

// What a client can retry, from PostgreSQL (SQLSTATE codes) or the connection: the database unreachable, a statement
// over statement_timeout, a row locked longer than lock_timeout, a unique value taken by a concurrent write. The pool stays healthy: the connection is released as after any error.
// SQLSTATE classes and codes of a connection lost or refused (08: connection exception; 57P01–57P03: the server
// shutting down, crashed or starting), the system errors of a socket, and the messages node-postgres gives a query on
// a connection that died under it (no code).
const CONNEXION_SQLSTATE = /^(08...|57P0[123])$/;
const CONNEXION_SYSTEME = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const CONNEXION_MESSAGE = /^(Connection terminated|Client has encountered a connection error|Connection ended unexpectedly)/;

function connexionPerdue(error: unknown, profondeur = 0): boolean {
  if (!error || typeof error !== 'object' || profondeur > 3) return false;
  const { code, message, driverError, cause, originalError } = error as Record<string, unknown>;
  if (typeof code === 'string' && (CONNEXION_SQLSTATE.test(code) || CONNEXION_SYSTEME.has(code))) return true;
  if (typeof message === 'string' && CONNEXION_MESSAGE.test(message)) return true;
  // Wrapped by TypeORM (driverError), by Node (cause), or by Apollo (a context that could not be built: originalError).
  return [driverError, cause, originalError].some((e) => connexionPerdue(e, profondeur + 1));
}

export function erreurBase(error: unknown): Reecrite | null {
  if (connexionPerdue(error)) {
    return {
      message: 'La base de données est momentanément injoignable (connexion refusée ou coupée) : réessayez dans quelques secondes.',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  const code = error && typeof error === 'object' && 'code' in error ? (error as { code: unknown }).code : undefined;
  if (code === '57014') {
    return {
      message: 'La base a mis trop de temps à répondre (durée maximale d’une requête SQL dépassée) : réduisez le périmètre de la requête, ou réessayez.',
      extensions: { code: 'TIMEOUT', limite: 'dureeRequeteSql' },
    };
  }
  if (code === '55P03') {
    return {
      message: 'Données verrouillées par une autre écriture plus longtemps que l’attente permise : réessayez dans un instant.',
      extensions: { code: 'TIMEOUT', limite: 'attenteVerrou' },
    };
  }
  // Two writes racing for one unique value (a slug): the one that lost is told so and may retry; nothing was written.
  if (code === '23505') {
    return {
      message: 'Une autre écriture vient d’enregistrer la même valeur unique : rechargez et réessayez.',
      extensions: { code: 'CONFLICT', raison: 'VALEUR_DEJA_PRISE' },
    };
  }
  return null;
}
