import type { StatutPole } from '../poles/pole.enums';
import { normalizeStatuts } from '../couverture/statuts-poles';
import { sql } from '../common/sql';
import type { Executor } from '../database/executor';
import { buildDansClause, niveauSql } from '../territoires/territoire-filter.sql';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import type { EvaluationSoutien } from './evaluation-soutien.entity';
import { buildPrealablesSql } from './prealables.sql';
import type { AssociationPrealable, PrealablesTerritoire } from './prealables.type';

export const SOURCE_PREALABLES =
  "Étude « Les pôles de développement de l'économie sociale et solidaire en France » (vers 2010), Éléments de conclusions : « Préalables à la mise en place d'un pôle : Une association de développement active et reconnue. Un soutien des collectivités locales. »";

const METHODE =
  "Premier préalable calculé à partir des fiches : une association de développement non supprimée, des statuts comptés, située dans le territoire (position dans le contour, sinon commune siège) ou dont le territoire d'action officiel est ce territoire ou le contient ; « reconnue » n'est pas mesuré. Second préalable : l'évaluation enregistrée par un éditeur, avec sa source (INCONNU sans évaluation).";

const BORNE_HAUTE: readonly StatutPole[] = ['ACTIF', 'INCONNU'];

interface Row {
  niveau: NiveauTerritorial;
  code: string;
  nom: string;
  population: number | null;
  populationAnnee: number | null;
  populationSource: string | null;
  associations: Omit<AssociationPrealable, 'compte'>[];
  evaluation: (Omit<EvaluationSoutien, 'modifieLe' | 'jetonId'> & { modifieLe: string }) | null;
}

function toPrealables(row: Row, statuts: StatutPole[]): PrealablesTerritoire {
  const associations = row.associations.map((a) => ({ ...a, compte: statuts.includes(a.statut) }));
  const evaluation = row.evaluation ? { ...row.evaluation, jetonId: null, modifieLe: new Date(row.evaluation.modifieLe) } : null;
  const soutien = evaluation?.valeur ?? 'INCONNU';
  const associationActive = associations.some((a) => a.compte);
  return {
    niveau: row.niveau,
    code: row.code,
    nom: row.nom,
    population: row.population,
    populationAnnee: row.populationAnnee,
    populationSource: row.populationSource,
    statutsPoles: statuts,
    associationActive,
    associationActiveBorneHaute: associations.some((a) => BORNE_HAUTE.includes(a.statut) || a.compte),
    associations,
    soutienCollectivites: soutien,
    evaluationSoutien: evaluation,
    deuxPrealables: associationActive && soutien === 'OUI',
    methode: METHODE,
    source: SOURCE_PREALABLES,
  };
}

export async function listPrealables(
  db: Executor, niveau: NiveauTerritorial, dans: TerritoireRef | null | undefined, statutsPoles: StatutPole[] | null | undefined,
): Promise<PrealablesTerritoire[]> {
  const statuts = normalizeStatuts(statutsPoles);
  const territoires = sql`SELECT t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source FROM territoire t
    WHERE t.niveau = ${niveauSql(niveau)} AND ${buildDansClause('t.niveau', 't.code', dans)}`;
  const rows = await db.query<Row>(buildPrealablesSql(territoires));
  return rows.map((row) => toPrealables(row, statuts));
}

// The same for a list of territories (Territoire.prealables), by key « NIVEAU:code ».
export async function listPrealablesDe(db: Executor, refs: readonly TerritoireRef[], statuts: StatutPole[]): Promise<PrealablesTerritoire[]> {
  const territoires = sql`SELECT t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source
    FROM json_to_recordset(${JSON.stringify(refs)}::json) AS k(niveau text, code text) JOIN territoire t ON t.niveau = k.niveau AND t.code = k.code`;
  const rows = await db.query<Row>(buildPrealablesSql(territoires));
  return rows.map((row) => toPrealables(row, statuts));
}
