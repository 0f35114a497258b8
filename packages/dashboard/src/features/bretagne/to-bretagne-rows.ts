import { listMentionsEmploi } from '@poles-ess/shared';
import type { SoutienCollectivites, StatutPole, TypePole } from '@poles-ess/shared';
import type { BretagnePage_CouvertureFragment, BretagnePage_PrealablesFragment } from '../../graphql/generated/graphql';

/** The study's two prerequisites of a pole for a Pays (API `prealables`, same counted statuses as the coverage). */
export interface PrealablesRow {
  associationActive: boolean;
  soutien: SoutienCollectivites;
  /** The source of the recorded assessment of the support, null without one. */
  soutienSource: string | null;
  deuxPrealables: boolean;
}

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
  /** Null when the API gave no prerequisites for this Pays (shown « non renseigné », never guessed). */
  prealables: PrealablesRow | null;
}

function countBy(input: BretagnePage_CouvertureFragment, predicate: (c: { type: TypePole; statut: StatutPole }) => boolean): number {
  return input.polesParTypeStatut.filter(predicate).reduce((sum, c) => sum + c.nombre, 0);
}

function minKnown(values: (number | null | undefined)[]): number | null {
  const known = values.filter((v): v is number => typeof v === 'number');
  return known.length ? Math.min(...known) : null;
}

const STATUT_COURT: Record<StatutPole, string> = { ACTIF: 'actif', PROJET: 'en projet', INCONNU: 'statut inconnu', FERME: 'fermé' };

function toPrealablesRow(p: BretagnePage_PrealablesFragment | undefined): PrealablesRow | null {
  if (!p) return null;
  return {
    associationActive: p.associationActive,
    soutien: p.soutienCollectivites,
    soutienSource: p.evaluationSoutien?.source ?? null,
    deuxPrealables: p.deuxPrealables,
  };
}

/** How many of the two prerequisites a Pays meets (0, 1, 2): the order of the « Préalables » column. */
export function nombrePrealables(p: PrealablesRow): number {
  return (p.associationActive ? 1 : 0) + (p.soutien === 'OUI' ? 1 : 0);
}

export function toBretagneRows(
  couverture: readonly BretagnePage_CouvertureFragment[],
  prealables: readonly BretagnePage_PrealablesFragment[] = [],
): BretagneRow[] {
  const parCode = new Map(prealables.map((p) => [p.code, p]));
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
    prealables: toPrealablesRow(parCode.get(c.code)),
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
