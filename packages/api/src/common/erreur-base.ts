interface Reecrite {
  message: string;
  extensions: Record<string, unknown>;
}

// PostgreSQL's refusals that a client can cause and retry (SQLSTATE codes): a statement over statement_timeout,
// a row locked longer than lock_timeout, a unique value taken by a concurrent write. The pool stays healthy: the connection is released as after any error.
export function erreurBase(error: unknown): Reecrite | null {
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
