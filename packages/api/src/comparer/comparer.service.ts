import { formatNombre, formatPourcentage, NIVEAU_RANG } from '@poles-ess/shared';
import { ApiError, badUserInput } from '../common/api-error';
import { sql } from '../common/sql';
import { computeCouvertureDe } from '../couverture/couverture.service';
import type { CouvertureTerritoire } from '../couverture/couverture.type';
import { formatStatuts } from '../couverture/statuts-poles';
import type { Database } from '../database/database';
import { listEmploisComparables, type EmploisComparables } from '../emploi/emploi-comparable';
import type { StatutPole } from '../poles/pole.enums';
import type { NiveauTerritorial } from '../territoires/territoire.enums';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { IndicateurComparaison as I, type ComparaisonTerritoire, type ValeurIndicateur } from './comparer.type';

interface TerritoireRow {
  niveau: NiveauTerritorial;
  code: string;
  nom: string;
  population: number | null;
  population_annee: number | null;
  population_source: string | null;
  superficie_km2: number | null;
  geometrie_source: string;
  geometrie_source_nom: string | null;
  parent: boolean;
  rang: number;
}

const SOURCE_POLES = 'Base des pôles (fiches de l’étude et ajouts sourcés), pôles non supprimés localisés';

// 2 to 6 territories side by side, with their parents at the requested levels: three statements in all.
export async function compareTerritoires(
  db: Database,
  territoires: TerritoireRef[],
  indicateurs: I[],
  parents: NiveauTerritorial[],
  rayonKm: number,
  statutsPoles?: readonly StatutPole[] | null,
): Promise<ComparaisonTerritoire[]> {
  // « Un Pays face à sa région et à la France » : one asked territory plus its parents is a comparison.
  if (territoires.length < 1 || territoires.length > 6) {
    throw badUserInput('territoires', 'Comparez de 2 à 6 territoires, englobants compris.');
  }
  const rows = await db.query<TerritoireRow>(
    sql`WITH demandes AS (SELECT * FROM unnest(${territoires.map((t) => t.niveau)}::text[], ${territoires.map((t) => t.code)}::text[]) WITH ORDINALITY AS d(niveau, code, rang)),
     cles AS (
       SELECT niveau, code, false AS parent, rang FROM demandes
       UNION
       SELECT l.niveau_parent, l.code_parent, true, 100 + d.rang FROM demandes d
       JOIN territoire_lien l ON l.niveau_membre = d.niveau AND l.code_membre = d.code AND l.date_fin IS NULL
       WHERE l.niveau_parent = ANY(${parents}::text[])
     )
     SELECT DISTINCT ON (t.niveau, t.code) t.niveau, t.code, t.nom, t.population, t.population_annee, t.population_source,
       t.superficie_km2, t.geometrie_source, t.geometrie_source_nom, c.parent, c.rang
     FROM cles c JOIN territoire t ON t.niveau = c.niveau AND t.code = c.code
     ORDER BY t.niveau, t.code, c.parent, c.rang`,
  );
  const manquants = territoires.filter((t) => !rows.some((r) => r.niveau === t.niveau && r.code === t.code));
  if (manquants.length > 0) {
    throw new ApiError('NOT_FOUND', `Territoire inconnu : ${manquants.map((t) => `${t.niveau} ${t.code}`).join(', ')}`, { champ: 'territoires' });
  }
  if (rows.length < 2 || rows.length > 6) {
    throw badUserInput('territoires', `Comparez de 2 à 6 territoires, englobants compris (ici ${rows.length}).`);
  }
  // Asked territories first, in the asked order; then their parents from the smallest level up.
  rows.sort((a, b) => Number(a.parent) - Number(b.parent) || (a.parent ? NIVEAU_RANG[a.niveau] - NIVEAU_RANG[b.niveau] : 0) || a.rang - b.rang);
  const [couvertures, effectifs, parts] = await Promise.all([
    computeCouvertureDe(db, rows, rayonKm, indicateurs.includes(I.PART_POPULATION_COUVERTE), statutsPoles),
    indicateurs.includes(I.EMPLOI_ESS_EFFECTIF) ? listEmploisComparables(db, rows, 'effectifSalarie') : null,
    indicateurs.includes(I.EMPLOI_ESS_PART) ? listEmploisComparables(db, rows, 'partEmploi') : null,
  ]);
  return rows.map((t, rang) => {
    const c = couvertures.find((x) => x.niveau === t.niveau && x.code === t.code)!;
    const emplois = { effectifs, parts, rang };
    return { niveau: t.niveau, code: t.code, nom: t.nom, parent: t.parent, valeurs: indicateurs.map((i) => valeur(i, t, c, emplois)) };
  });
}

interface EmploisDuTerritoire {
  effectifs: EmploisComparables | null;
  parts: EmploisComparables | null;
  rang: number;
}

function valeurEmploi(indicateur: I, comparables: EmploisComparables | null, rang: number): ValeurIndicateur {
  const e = comparables?.emplois[rang] ?? null;
  const part = indicateur === I.EMPLOI_ESS_PART;
  const valeur = part ? (e?.partEmploi ?? null) : (e?.effectifSalarie ?? null);
  const plusDe = e?.borneInferieure ? 'plus de ' : '';
  return {
    indicateur,
    valeur,
    texte: valeur === null ? formatNombre(null) : `${plusDe}${part ? formatPourcentage(valeur) : formatNombre(valeur)}`,
    annee: e?.annee ?? null,
    source: e?.source.titre ?? null,
    url: e?.source.url ?? null,
    methode: e
      ? `Dernier chiffre comparable : dénominateur ${e.denominateurLibelle ?? 'non renseigné'}, champ ${e.champ}, le même pour tous les territoires comparés.`
      : 'Aucun chiffre de même dénominateur et de même champ que les autres territoires.',
    emploi: e,
    avertissement: comparables?.avertissement ?? null,
  };
}

function valeur(indicateur: I, t: TerritoireRow, c: CouvertureTerritoire, emplois: EmploisDuTerritoire): ValeurIndicateur {
  const v = (valeur: number | null, texte: string, annee: number | null, source: string | null, methode: string): ValeurIndicateur => ({
    indicateur, valeur, texte, annee, source, methode, url: null, emploi: null, avertissement: null,
  });
  const superficieSource = t.geometrie_source === 'OFFICIELLE' ? t.geometrie_source_nom : 'contour approximatif (GeoNames, Natural Earth)';
  const poles = (type: string) => {
    const n = c.polesParTypeStatut.filter((p) => p.type === type).reduce((s, p) => s + p.nombre, 0);
    return v(n, formatNombre(n), null, SOURCE_POLES, 'Pôles situés dans le territoire, tous statuts (voir couverture.polesParTypeStatut).');
  };
  switch (indicateur) {
    case I.POPULATION:
      return v(t.population, formatNombre(t.population), t.population_annee, t.population_source, 'Population du référentiel territorial.');
    case I.SUPERFICIE:
      return v(t.superficie_km2, `${formatNombre(t.superficie_km2 === null ? null : Math.round(t.superficie_km2))} km²`, null, superficieSource, 'Aire du contour sur l’ellipsoïde.');
    case I.DENSITE_POPULATION: {
      const d = t.population !== null && t.superficie_km2 ? t.population / t.superficie_km2 : null;
      return v(d, `${formatNombre(d === null ? null : Math.round(d))} hab./km²`, t.population_annee, t.population_source, 'Population divisée par la superficie du contour.');
    }
    case I.POLES_ASSOCIATION_DEVELOPPEMENT:
    case I.POLES_ESPACE_HEBERGEMENT:
    case I.POLES_CENTRE_MULTIFONCTION:
      return poles(indicateur.replace('POLES_', ''));
    case I.ASSOCIATION_DEVELOPPEMENT_ACTIVE:
      return v(c.associationDeveloppementActive ? 1 : 0, c.associationDeveloppementActive ? 'oui' : 'non', null, SOURCE_POLES, `Association de développement (statuts comptés : ${formatStatuts(c.statutsPoles)}) située dans le territoire ou le couvrant par son territoire d’action.`);
    case I.EMPLOI_ESS_EFFECTIF:
      return valeurEmploi(indicateur, emplois.effectifs, emplois.rang);
    case I.EMPLOI_ESS_PART:
      return valeurEmploi(indicateur, emplois.parts, emplois.rang);
    case I.PART_POPULATION_COUVERTE:
      return v(c.partPopulationCouverte, formatPourcentage(c.partPopulationCouverte), t.population_annee, 'Référentiel (communes) et base des pôles', `Part de la population des communes à moins de ${c.rayonKm} km (géodésique) d’un pôle de statut ${formatStatuts(c.statutsPoles)}.`);
  }
}
