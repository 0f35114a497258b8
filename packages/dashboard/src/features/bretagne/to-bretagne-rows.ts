import { listMentionsEmploi } from '@poles-ess/shared';
import type { StatutPole, TypePole } from '@poles-ess/shared';
import type { BretagnePage_CouvertureFragment } from '../../graphql/generated/graphql';

export interface BretagneRow {
  code: string;
  nom: string;
  population: number | null;
  associationActive: boolean;
  /** Poles located in the Pays, by type (all statuses). */
  associations: number;
  hebergements: number;
  multifonctions: number;
  actifs: number;
  projets: number;
  /** Poles whose territory of action covers the Pays (names), with their status. */
  couvrants: string[];
  distanceAssociationKm: number | null;
  distancePoleKm: number | null;
  distanceMoyennePondereeKm: number | null;
  partPopulationCouverte: number | null;
  emploiEss: number | null;
  emploiAnnee: number | null;
  emploiSource: string | null;
  emploiUrl: string | null;
  /** What limits the employment figure (lower bound, FTE, publication year, second-hand source). */
  emploiMentions: string[];
}

function countBy(input: BretagnePage_CouvertureFragment, predicate: (c: { type: TypePole; statut: StatutPole }) => boolean): number {
  return input.polesParTypeStatut.filter(predicate).reduce((sum, c) => sum + c.nombre, 0);
}

function minKnown(values: (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number');
  return known.length ? Math.min(...known) : null;
}

const STATUT_COURT: Record<StatutPole, string> = { ACTIF: 'actif', PROJET: 'en projet', INCONNU: 'statut inconnu', FERME: 'fermé' };

export function toBretagneRows(couverture: readonly BretagnePage_CouvertureFragment[]): BretagneRow[] {
  return couverture.map((c) => ({
    code: c.code,
    nom: c.nom,
    population: c.population ?? null,
    associationActive: c.associationDeveloppementActive,
    associations: countBy(c, (p) => p.type === 'ASSOCIATION_DEVELOPPEMENT'),
    hebergements: countBy(c, (p) => p.type === 'ESPACE_HEBERGEMENT'),
    multifonctions: countBy(c, (p) => p.type === 'CENTRE_MULTIFONCTION'),
    actifs: countBy(c, (p) => p.statut === 'ACTIF'),
    projets: countBy(c, (p) => p.statut === 'PROJET'),
    couvrants: c.polesCouvrants.map((p) => `${p.nom} (${STATUT_COURT[p.statut]})`),
    distanceAssociationKm: c.distancesPoleActif.find((d) => d.type === 'ASSOCIATION_DEVELOPPEMENT')?.distanceKm ?? null,
    distancePoleKm: minKnown(c.distancesPoleActif.map((d) => d.distanceKm)),
    distanceMoyennePondereeKm: c.distanceMoyennePonderee ?? null,
    partPopulationCouverte: c.partPopulationCouverte ?? null,
    emploiEss: c.emploiEss?.effectifSalarie ?? null,
    emploiAnnee: c.emploiEss?.annee ?? null,
    emploiSource: c.emploiEss ? c.emploiEss.source.titre : null,
    emploiUrl: c.emploiEss?.source.url ?? null,
    emploiMentions: c.emploiEss ? listMentionsEmploi(c.emploiEss) : [],
  }));
}

export interface BretagnePolesChartRow {
  nom: string;
  associations: number;
  hebergements: number;
  multifonctions: number;
  couvrants: number;
}

export function toBretagnePolesChartRows(rows: readonly BretagneRow[]): BretagnePolesChartRow[] {
  return [...rows]
    .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
    .map((r) => ({
      nom: r.nom.replace(/^Pays (de la |de l'|de |d'|du |des )?/i, ''),
      associations: r.associations,
      hebergements: r.hebergements,
      multifonctions: r.multifonctions,
      couvrants: r.couvrants.length,
    }));
}

export interface BretagneDistanceChartRow {
  nom: string;
  /** Null bars are not drawn: the table says « non renseigné ». */
  distanceMoyennePondereeKm: number | null;
  partPopulationCouverte: number | null;
}

export function toBretagneDistanceChartRows(rows: readonly BretagneRow[]): BretagneDistanceChartRow[] {
  return [...rows]
    .sort((a, b) => (b.distanceMoyennePondereeKm ?? -1) - (a.distanceMoyennePondereeKm ?? -1))
    .map((r) => ({
      nom: r.nom.replace(/^Pays (de la |de l'|de |d'|du |des )?/i, ''),
      distanceMoyennePondereeKm: r.distanceMoyennePondereeKm,
      partPopulationCouverte: r.partPopulationCouverte,
    }));
}
