import { sql } from '../common/sql';
import type { Database } from '../database/database';
import type { EmploiEss } from './emploi-ess.entity';
import { EMPLOI_ORDRE_DERNIER, EMPLOI_SELECT, toEmploiEss, type EmploiEssRow } from './emploi-select.sql';

export type MesureEmploi = 'effectifSalarie' | 'partEmploi';

export interface EmploisComparables {
  // Per asked territory (same order), its latest figure of the chosen denominator and field; null when it has none.
  emplois: (EmploiEss | null)[];
  // « Années différentes … » when the chosen figures are not all of one year; null otherwise.
  avertissement: string | null;
}

const cle = (t: { niveau: string; code: string }) => `${t.niveau}|${t.code}`;
const groupe = (e: EmploiEss) => `${e.denominateur ?? ''}|${e.denominateurLibelle ?? ''}|${e.champ}`;

// Comparable values for territories side by side: one denominator and one field for all (the one that gives a
// value to the most territories; at equal coverage, total salaried employment and the four families first), head
// counts only, a known year; then each territory's latest figure in it. Years may still differ: it is said.
export async function listEmploisComparables(
  db: Database,
  territoires: readonly { niveau: string; code: string; nom: string }[],
  mesure: MesureEmploi,
): Promise<EmploisComparables> {
  const colonne = mesure === 'effectifSalarie' ? sql`e.effectif_salarie` : sql`e.part_emploi`;
  const rows = await db.query<EmploiEssRow>(
    sql`SELECT ${EMPLOI_SELECT} FROM emploi_ess e
        JOIN unnest(${territoires.map((t) => t.niveau)}::text[], ${territoires.map((t) => t.code)}::text[]) AS k(niveau, code)
          ON k.niveau = e.niveau AND k.code = e.code
        WHERE e.annee IS NOT NULL AND e.unite_effectif = 'POSTES' AND ${colonne} IS NOT NULL
        ORDER BY ${EMPLOI_ORDRE_DERNIER}`,
  );
  const emplois = rows.map(toEmploiEss);
  const couverture = new Map<string, Set<string>>();
  for (const e of emplois) couverture.set(groupe(e), (couverture.get(groupe(e)) ?? new Set()).add(cle(e)));
  const prefere = (g: string) => (g.startsWith('EMPLOI_SALARIE_TOTAL|') ? 2 : 0) + (g.endsWith('|QUATRE_FAMILLES') ? 1 : 0);
  const [choisi] = [...couverture.entries()].sort(([ga, a], [gb, b]) => b.size - a.size || prefere(gb) - prefere(ga) || ga.localeCompare(gb));
  // Rows come most recent and most solid first: the first of a territory in the chosen group is its value.
  const parTerritoire = new Map<string, EmploiEss>();
  for (const e of emplois) if (choisi && groupe(e) === choisi[0] && !parTerritoire.has(cle(e))) parTerritoire.set(cle(e), e);
  const choisis = territoires.map((t) => parTerritoire.get(cle(t)) ?? null);
  const annees = new Set(choisis.filter((e): e is EmploiEss => e !== null).map((e) => e.annee));
  const avertissement =
    annees.size > 1
      ? `Années différentes : ${territoires
          .map((t, i) => (choisis[i] ? `${t.nom} ${choisis[i]!.annee}` : null))
          .filter((x) => x !== null)
          .join(', ')} (même dénominateur et même champ, mais pas la même année).`
      : null;
  return { emplois: choisis, avertissement };
}
