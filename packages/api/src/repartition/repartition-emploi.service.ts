import { badUserInput } from '../common/api-error';
import { sql } from '../common/sql';
import type { Database } from '../database/database';
import { EMPLOI_ORDRE_FICHE, EMPLOI_SELECT, toEmploiEss, type EmploiEssRow } from '../emploi/emploi-select.sql';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { DimensionRepartition as D, type Repartition } from './repartition.type';

const FAMILLES = [
  ['associations', 'Associations'],
  ['cooperatives', 'Coopératives'],
  ['mutuelles', 'Mutuelles'],
  ['fondations', 'Fondations'],
] as const;

// ESS employment of one territory (France by default): by family (latest figure that has a breakdown, in its
// unit) or by year (every figure, one row per figure: sources are never merged).
export async function repartitionEmploi(db: Database, par: D, dans: TerritoireRef | null | undefined): Promise<Omit<Repartition, 'comptage'>> {
  const territoire = dans ?? { niveau: 'FRANCE', code: 'FR' };
  const rows = await db.query<EmploiEssRow>(
    sql`SELECT ${EMPLOI_SELECT} FROM emploi_ess e WHERE e.niveau = ${territoire.niveau} AND e.code = ${territoire.code} ORDER BY ${EMPLOI_ORDRE_FICHE}`,
  );
  const emplois = rows.map(toEmploiEss);
  if (par === D.FAMILLE) {
    const e = emplois.find((x) => x.uniteFamilles !== null);
    if (!e) return { series: [], lignes: [], source: 'Aucun chiffre par famille pour ce territoire.' };
    const unite = e.uniteFamilles === 'EFFECTIF' ? 'effectif' : 'part des emplois ESS (%)';
    return {
      series: [{ cle: 'valeur', libelle: unite }],
      lignes: FAMILLES.map(([cle, libelle]) => ({
        cle, libelle, valeurs: [{ serie: 'valeur', valeur: e[cle] }], total: e[cle] ?? 0, source: e.source.titre,
      })),
      source: `${e.source.titre}, ${e.annee === null ? 'année non précisée' : `données ${e.annee}`} ; unité : ${unite}.`,
    };
  }
  if (par !== D.ANNEE) throw badUserInput('par', 'Pour l’emploi ESS : FAMILLE ou ANNEE.');
  return {
    series: [
      { cle: 'effectifSalarie', libelle: 'Effectif salarié ESS' },
      { cle: 'partEmploi', libelle: 'Part (%) ; voir le dénominateur dans la source de la ligne' },
    ],
    // Figures without a year come last, said so.
    lignes: [...emplois].sort((a, b) => (a.annee ?? Infinity) - (b.annee ?? Infinity)).map((e) => ({
      cle: `${e.annee ?? 'sans-annee'}-${e.id}`,
      libelle: e.annee === null ? 'année non précisée' : String(e.annee),
      valeurs: [{ serie: 'effectifSalarie', valeur: e.effectifSalarie }, { serie: 'partEmploi', valeur: e.partEmploi }],
      total: e.effectifSalarie ?? 0,
      source: `${e.source.titre} (dénominateur : ${e.denominateurLibelle ?? 'non renseigné'})`,
    })),
    source: 'Chiffres de l’emploi ESS du territoire, un par ligne et par source (jamais fusionnés).',
  };
}
