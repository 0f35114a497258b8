import { classeDe, computeBornes, formatNombre } from '@poles-ess/shared';
import { badUserInput } from '../common/api-error';
import { raw, sql } from '../common/sql';
import { computePartCouverte } from '../couverture/couverture.service';
import { formatStatuts, normalizeStatuts } from '../couverture/statuts-poles';
import type { Database } from '../database/database';
import { EMPLOI_ORDRE_DERNIER } from '../emploi/emploi-select.sql';
import { listComptages } from '../poles/comptage.service';
import type { StatutPole } from '../poles/pole.enums';
import { buildDansClause, niveauSql } from '../territoires/territoire-filter.sql';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { IndicateurCarte as I, type Classes, type MethodeClassification } from './classes.type';

interface IndicateurRow {
  code: string;
  nom: string;
  valeur: number | null;
  annee: number | null;
  source: string | null;
  url?: string | null;
}

const METHODES: Record<I, string> = {
  POPULATION: 'Population du référentiel territorial.',
  DENSITE_POPULATION: 'Population divisée par la superficie du contour (habitants par km²).',
  NOMBRE_POLES: 'Pôles non supprimés situés ou rattachés au territoire (règle SITUE_OU_RATTACHE, voir `comptage`), tous types et statuts.',
  POLES_POUR_100000_HABITANTS: 'Nombre de pôles situés ou rattachés (voir `comptage`) × 100 000 / population.',
  PART_EMPLOI_ESS:
    "Part de l'ESS dans l'emploi salarié total, quatre familles, effectifs en personnes : dernière valeur comparable de chaque territoire (autres dénominateurs, champs et unités écartés).",
  PART_POPULATION_COUVERTE: 'Part de la population des communes à moins de 20 km d’un pôle actif (voir couverture).',
};

const SQL_VALEUR: Record<Exclude<I, 'PART_POPULATION_COUVERTE'>, string> = {
  POPULATION: 't.population::float8',
  DENSITE_POPULATION: 't.population / NULLIF(t.superficie_km2, 0)',
  NOMBRE_POLES: 'np.n::float8',
  POLES_POUR_100000_HABITANTS: 'np.n * 100000.0 / NULLIF(t.population, 0)',
  PART_EMPLOI_ESS: 'e.part_emploi',
};

export async function computeClasses(
  db: Database,
  indicateur: I,
  niveau: NiveauTerritorial,
  dans: TerritoireRef | null | undefined,
  methode: MethodeClassification,
  nombre: number,
  statutsPoles?: readonly StatutPole[] | null,
): Promise<Classes> {
  if (!(nombre >= 2 && nombre <= 9)) throw badUserInput('nombre', 'Le nombre de classes doit être entre 2 et 9.');
  let rows: IndicateurRow[];
  if (indicateur === I.PART_POPULATION_COUVERTE) {
    rows = await computePartCouverte(db, niveau, dans, 20, statutsPoles);
  } else {
    rows = await db.query<IndicateurRow>(
      sql`SELECT t.code, t.nom, (${raw(SQL_VALEUR[indicateur])})::float8 AS valeur,
         ${raw(indicateur === I.PART_EMPLOI_ESS ? 'e.annee, e.source, coalesce(e.source_url, e.source_lien) AS url' : 't.population_annee AS annee, t.population_source AS source')}
       FROM territoire t
       LEFT JOIN LATERAL (SELECT count(*)::int AS n FROM pole_territoire pt JOIN pole p ON p.id = pt.pole_id
         WHERE pt.niveau = t.niveau AND pt.code = t.code AND p.supprime_le IS NULL) np ON true
       LEFT JOIN LATERAL (SELECT e.part_emploi, e.annee, e.source, e.source_url, e.source_lien FROM emploi_ess e
         WHERE e.niveau = t.niveau AND e.code = t.code AND e.denominateur = 'EMPLOI_SALARIE_TOTAL' AND e.champ = 'QUATRE_FAMILLES'
           AND e.unite_effectif = 'POSTES' AND e.annee IS NOT NULL AND e.part_emploi IS NOT NULL
         ORDER BY ${EMPLOI_ORDRE_DERNIER} LIMIT 1) e ON true
       WHERE t.niveau = ${niveauSql(niveau)} AND ${buildDansClause('t.niveau', 't.code', dans)} ORDER BY t.code`,
    );
  }
  const connues = rows.flatMap((r) => (r.valeur === null ? [] : [r.valeur]));
  const bornes = computeBornes(connues, methode, nombre);
  const comptePoles = indicateur === I.NOMBRE_POLES || indicateur === I.POLES_POUR_100000_HABITANTS;
  return {
    comptage: comptePoles ? (await listComptages(db, [niveau]))[0]! : null,
    nombreDisponibles: connues.length,
    nombreTerritoires: rows.length,
    disponibilite: connues.length < rows.length ? describeDisponibilite(connues.length, rows.length) : null,
    bornes,
    methode: indicateur === I.PART_POPULATION_COUVERTE
      ? `Part de la population des communes à moins de 20 km (géodésique) d’un pôle de statut ${formatStatuts(normalizeStatuts(statutsPoles))} (voir couverture).`
      : METHODES[indicateur],
    valeurs: rows.map((r) => ({ ...r, url: r.url ?? null, classe: r.valeur === null ? null : classeDe(r.valeur, bornes) })),
  };
}

export function describeDisponibilite(disponibles: number, total: number): string {
  return `données disponibles pour ${formatNombre(disponibles)} territoire${disponibles > 1 ? 's' : ''} sur ${formatNombre(total)}`;
}
