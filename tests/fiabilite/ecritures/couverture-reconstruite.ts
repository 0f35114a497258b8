import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CLI } from '../api-construite';
import { requete } from './ecrire-en-parallele';

const exec = promisify(execFile);

// Each point's distances (the commune's, the territory's own), each territory's coverage by the default status
// (count, population, mean distance) and the poles' territories of action, as one text per row.
const LECTURES = [
  `SELECT 'c ' || code_commune AS cle, to_jsonb(d) - 'code_commune' AS valeurs FROM distance_commune_pole d`,
  `SELECT 't ' || niveau || ' ' || code AS cle, to_jsonb(d) - 'niveau' - 'code' - 'communes_population' - 'communes_actif' - 'communes_projet' - 'communes_inconnu' - 'communes_ferme' AS valeurs FROM distance_territoire_pole d`,
  `SELECT 's ' || niveau || ' ' || code || ' ' || statut AS cle, jsonb_build_object('n', nombre_communes, 'p', population, 'm', distance_moyenne_m, 'd', cardinality(distances_triees)) AS valeurs FROM couverture_communes_statut`,
  `SELECT 'a ' || niveau || ' ' || code || ' ' || pole_id || ' ' || relation AS cle, jsonb_build_object('l', libelle) AS valeurs FROM couverture_action`,
];

async function lire(url: string): Promise<Map<string, Record<string, unknown>>> {
  const lignes = new Map<string, Record<string, unknown>>();
  for (const texte of LECTURES) for (const r of await requete<{ cle: string; valeurs: Record<string, unknown> }>(url, texte)) lignes.set(r.cle, r.valeurs);
  return lignes;
}

// Equal up to a millimetre: the full rebuild measures on the same sphere as PostGIS, but not in the same order.
const egales = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-3 : JSON.stringify(a) === JSON.stringify(b));

// The saves' coverage changes are applied after their commit, in the background: waits until none is left (bounded).
async function attendreCouvertureAppliquee(url: string): Promise<void> {
  for (const fin = Date.now() + 120_000; Date.now() < fin; ) {
    const [reste] = await requete<{ n: number }>(url, 'SELECT count(*)::int AS n FROM couverture_en_attente');
    if (reste!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('couverture_en_attente : des modifications restent non appliquées après 120 s');
}

// The coverage tables as the saves left them (once their refresh has run), then as `pnpm couverture:reconstruire`
// computes them from scratch.
export async function comparerALaReconstruction(url: string): Promise<{ valeurs: number; secondes: number; nombreEcarts: number; ecarts: string[] }> {
  await attendreCouvertureAppliquee(url);
  const avant = await lire(url);
  const debut = Date.now();
  await exec(process.execPath, [CLI, 'couverture:reconstruire'], { env: { ...process.env, DATABASE_URL: url } });
  const secondes = (Date.now() - debut) / 1000;
  const apres = await lire(url);
  const ecarts: string[] = [];
  let valeurs = 0;
  for (const cle of new Set([...avant.keys(), ...apres.keys()])) {
    const a = avant.get(cle) ?? {};
    const b = apres.get(cle) ?? {};
    for (const champ of new Set([...Object.keys(a), ...Object.keys(b)])) {
      valeurs += 1;
      if (!egales(a[champ], b[champ])) ecarts.push(`${cle} ${champ} : ${JSON.stringify(a[champ])} après les écritures, ${JSON.stringify(b[champ])} reconstruit`);
    }
    if (!avant.has(cle) || !apres.has(cle)) ecarts.push(`${cle} : ${avant.has(cle) ? 'absente de la reconstruction' : 'absente après les écritures'}`);
  }
  return { valeurs, secondes, nombreEcarts: ecarts.length, ecarts: ecarts.slice(0, 20) };
}
