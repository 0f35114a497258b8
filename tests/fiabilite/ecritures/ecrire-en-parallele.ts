import { Client } from 'pg';

// Mutations sent by several editors at once, and what each one got back.
export interface Reponse<T> {
  statut: number;
  ms: number;
  data: T | null;
  // The first error's code, or null when the write was accepted.
  code: string | null;
  message: string | null;
}

export async function ecrire<T>(baseUrl: string, jeton: string, query: string, variables: Record<string, unknown>): Promise<Reponse<T>> {
  const debut = Date.now();
  const reponse = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${jeton}` },
    body: JSON.stringify({ query, variables }),
  });
  const corps = (await reponse.json()) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
  const erreur = corps.errors?.[0];
  return {
    statut: reponse.status,
    ms: Date.now() - debut,
    data: corps.data ?? null,
    code: erreur ? (erreur.extensions?.code ?? '(sans code)') : null,
    message: erreur?.message ?? null,
  };
}

// How many answers of each kind: OK for an accepted write, else the error code.
export function compterCodes(reponses: Reponse<unknown>[]): Record<string, number> {
  const parCode: Record<string, number> = {};
  for (const r of reponses) {
    const cle = r.statut >= 500 ? `HTTP ${r.statut}` : (r.code ?? 'OK');
    parCode[cle] = (parCode[cle] ?? 0) + 1;
  }
  return parCode;
}

export function mediane(valeurs: number[]): number {
  const tries = [...valeurs].sort((a, b) => a - b);
  return tries[Math.floor(tries.length / 2)] ?? 0;
}

// A point of metropolitan France drawn from the seeded generator (the seed replays a run).
export function pointAuHasard(hasard: () => number): { lon: number; lat: number } {
  return { lon: Math.round((-4.5 + hasard() * 12) * 1e5) / 1e5, lat: Math.round((43 + hasard() * 7.5) * 1e5) / 1e5 };
}

// mulberry32: a small seeded generator, enough to replay a sequence of writes.
export function generateur(graine: number): () => number {
  let a = graine >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One statement on the product's database (what the API does not show: counts, derived tables).
export async function requete<T>(url: string, texte: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(texte)).rows as T[];
  } finally {
    await client.end();
  }
}
