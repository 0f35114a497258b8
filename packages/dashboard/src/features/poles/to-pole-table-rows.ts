import { STATUT_POLE_LABELS, TYPE_POLE_LABELS, type StatutPole, type TypePole } from '@poles-ess/shared';
import type { PolesTable_PoleFragment } from '../../graphql/generated/graphql';
import { readPoint } from '../../ui/map/read-point';

export interface PoleTableRow {
  id: string;
  nom: string;
  type: TypePole;
  typeLibelle: string;
  statut: StatutPole;
  statutLibelle: string;
  anneeStatut: number | null;
  territoireAction: string | null;
  communeSiege: string | null;
  pays: string | null;
  region: string | null;
  ancienneRegion: string | null;
  /** « Pays de Brest · Bretagne » : le Pays quand il existe, puis la région. */
  paysRegion: string | null;
  lon: number | null;
  lat: number | null;
  positionApproximative: boolean;
  precisionPosition: string | null;
}

export function toPoleTableRow(pole: PolesTable_PoleFragment): PoleTableRow {
  const point = readPoint(pole.position);
  const pays = pole.pays?.nom ?? null;
  const region = pole.region?.nom ?? null;
  const paysRegion = [pays, region].filter((part): part is string => Boolean(part)).join(' · ') || null;
  return {
    id: pole.id,
    nom: pole.nom,
    type: pole.type,
    typeLibelle: TYPE_POLE_LABELS[pole.type],
    statut: pole.statut,
    statutLibelle: STATUT_POLE_LABELS[pole.statut],
    anneeStatut: pole.anneeStatut ?? null,
    territoireAction: pole.territoireAction?.libelle ?? null,
    communeSiege: pole.communeSiege?.nom ?? null,
    pays,
    region,
    ancienneRegion: pole.ancienneRegion?.nom ?? null,
    paysRegion,
    lon: point?.[0] ?? null,
    lat: point?.[1] ?? null,
    positionApproximative: pole.precisionPosition === 'TERRITOIRE',
    precisionPosition: pole.precisionPosition ?? null,
  };
}
