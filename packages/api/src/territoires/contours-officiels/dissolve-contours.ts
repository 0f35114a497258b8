import type { TopologieCommunes } from './read-contours-communes';
import {
  buildLevelTopology,
  groupObjects,
  mergeGroups,
  presimplifyZones,
  type Polygones,
  type Topology,
} from './topologie-communes';
import { buildDisplayVersion, VERSIONS_AFFICHAGE } from './versions-affichage';

// Current commune → its parents, level by level (several when a territory does not nest).
export type Appartenances = Map<string, Map<string, string[]>>;

export interface ContourTerritoire {
  niveau: string;
  code: string;
  complet: Polygones;
  moyenne: Polygones | null;
  basse: Polygones | null;
}

// Every level dissolved from the 2018 communes mapped to today's (so that levels nest exactly), with its
// display versions simplified on shared borders. `etape` reports each phase's duration.
export function dissolveContours(
  zones: Record<string, TopologieCommunes>,
  communeActuelle: Map<string, string>,
  appartenances: Appartenances,
  niveaux: readonly string[],
  etape: (nom: string) => void,
): ContourTerritoire[] {
  const complets = new Map<string, Map<string, Polygones>>();
  // Dissolve by shared arcs (the source's topology is exact): the union of a coverage with no geometric
  // computation, the same on both backends.
  complets.set(
    'COMMUNE',
    mergeGroups(
      zones,
      groupObjects(zones, (c) => communeActuelle.get(c)),
      true,
    ),
  );
  for (const niveau of niveaux) {
    complets.set(
      niveau,
      mergeGroups(
        zones,
        groupObjects(zones, (c) => appartenances.get(communeActuelle.get(c)!)?.get(niveau)),
        true,
      ),
    );
  }
  etape('dissolution de chaque niveau (arcs partagés)');
  const topologiesNiveaux = new Map<string, Topology>();
  for (const niveau of niveaux) topologiesNiveaux.set(niveau, buildLevelTopology(complets.get(niveau)!));
  const presimplifiees = presimplifyZones(zones);
  const versions = Object.fromEntries(
    Object.entries(VERSIONS_AFFICHAGE).map(([nom, { seuil, decimales }]) => [
      nom,
      buildDisplayVersion(presimplifiees, topologiesNiveaux, zones, communeActuelle, seuil, decimales),
    ]),
  ) as Record<keyof typeof VERSIONS_AFFICHAGE, Map<string, Map<string, Polygones>>>;
  etape("versions d'affichage (simplification des frontières partagées)");
  return [...complets].flatMap(([niveau, territoires]) =>
    [...territoires].map(([code, complet]) => ({
      niveau,
      code,
      complet,
      moyenne: versions.MOYENNE.get(niveau)?.get(code) ?? null,
      basse: versions.BASSE.get(niveau)?.get(code) ?? null,
    })),
  );
}
