import type { TopologieCommunes } from '../../src/territoires/contours-officiels/read-contours-communes';
import { DECIMALES, measureJson } from './display-versions';
import type { Appartenances as Niveaux, Niveau } from './read-appartenances';
import { simplify } from 'topojson-simplify';
import {
  buildLevelTopology,
  decodeLevel,
  groupObjects,
  mergeGroups,
  presimplifyZones,
  simplifyZones,
  type Polygones,
  type Topology,
} from '../../src/territoires/contours-officiels/topologie-communes';

function chrono<T>(f: () => T): [T, number] {
  const debut = performance.now();
  const resultat = f();
  return [resultat, Math.round(performance.now() - debut)];
}

export function measureMerges(
  zones: Record<string, TopologieCommunes>,
  contours2018: Map<string, Polygones | GeoJSON.Polygon>,
  actuelle: Map<string, string>,
  niveaux: Niveaux,
): Map<Niveau | 'COMMUNE', Map<string, Polygones>> {
  console.log('\n## Dissolution par arcs partagés (topojson-client merge, Node)');
  const fusions = new Map<Niveau | 'COMMUNE', Map<string, Polygones>>();
  // Only the current communes made of several 2018 ones need a dissolve; the others are decoded as they are.
  const [communes, ms] = chrono(() => {
    const groupes = groupObjects(zones, (c) => actuelle.get(c));
    const seules = new Map<string, Polygones>();
    for (const [code, parZone] of groupes) {
      const membres = [...parZone.values()].flat();
      if (membres.length > 1) continue;
      const g = contours2018.get((membres[0]!.properties as { code: string }).code)!;
      seules.set(code, g.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [g.coordinates] } : g);
      groupes.delete(code);
    }
    return new Map([...seules, ...mergeGroups(zones, groupes)]);
  });
  const seules = new Set<string>();
  const plusieurs = new Set<string>();
  for (const a of actuelle.values()) (seules.has(a) ? plusieurs : seules).add(a);
  console.log(
    `  COMMUNE : ${communes.size} territoires (dont ${plusieurs.size} faites de plusieurs communes de 2018), ${ms} ms`,
  );
  fusions.set('COMMUNE', communes);
  for (const [niveau, parents] of Object.entries(niveaux) as [Niveau, Map<string, string>][]) {
    const [resultat, msNiveau] = chrono(() =>
      mergeGroups(
        zones,
        groupObjects(zones, (c) => parents.get(actuelle.get(c)!)),
      ),
    );
    const points = [...resultat.values()].reduce((n, g) => n + g.coordinates.flat(2).length, 0);
    console.log(`  ${niveau} : ${resultat.size} territoires, ${points} sommets, ${msNiveau} ms`);
    fusions.set(niveau, resultat);
  }
  return fusions;
}

// Candidate thresholds (Visvalingam area in square degrees) for the map precisions, with their payloads.
export const SEUILS = { BASSE: [1e-4, 2e-4, 4e-4], MOYENNE: [1e-5, 2e-5] };

export function measureDisplay(
  zones: Record<string, TopologieCommunes>,
  actuelle: Map<string, string>,
  niveaux: Niveaux,
): void {
  console.log('\n## Versions d’affichage (topojson-simplify sur la topologie, puis dissolution par arcs)');
  const [presimplifiees, ms] = chrono(() => presimplifyZones(zones));
  console.log(`  presimplify : ${ms} ms`);
  const departement = niveaux.DEPARTEMENT!;
  const region = niveaux.REGION!;
  for (const [precision, seuils] of Object.entries(SEUILS) as ['BASSE' | 'MOYENNE', number[]][]) {
    for (const seuil of seuils) {
      const [simplifiees, msSimplify] = chrono(() => simplifyZones(presimplifiees, seuil));
      const [departements, msMerge] = chrono(() =>
        mergeGroups(
          simplifiees,
          groupObjects(zones, (c) => departement.get(actuelle.get(c)!)),
        ),
      );
      const bretagne = mergeGroups(
        simplifiees,
        groupObjects(zones, (c) => {
          const code = actuelle.get(c)!;
          return region.get(code) === '53' ? code : undefined;
        }),
      );
      const d = measureJson(departements.values(), DECIMALES[precision]);
      const communes = measureJson(
        mergeGroups(
          simplifiees,
          groupObjects(zones, (c) => actuelle.get(c)),
        ).values(),
        DECIMALES[precision],
      );
      const b = measureJson(bretagne.values(), DECIMALES[precision]);
      console.log(
        `  ${precision} seuil ${seuil} : simplify ${msSimplify} ms, dissolution ${msMerge} ms ; ` +
          `101 départements ${d.ko} Ko (${d.points} sommets, ${d.vides} vides) ; ` +
          `${bretagne.size} communes de Bretagne ${b.ko} Ko (${b.points} sommets, ${b.vides} vides) ; ` +
          `toutes les communes ${communes.ko} Ko (${communes.points} sommets, ${communes.vides} vides)`,
      );
    }
  }
}

export function measureLevelTopologies(
  complete: Map<Niveau | 'COMMUNE', Map<string, Polygones>>,
): Map<Niveau, Topology> {
  console.log('\n## Topologie propre à chaque niveau (pour ses versions d’affichage)');
  const topologies = new Map<Niveau, Topology>();
  for (const [niveau, territoires] of complete) {
    if (niveau === 'COMMUNE') continue;
    const [t, ms] = chrono(() => buildLevelTopology(territoires));
    topologies.set(niveau, t);
    const tailles = [...SEUILS.BASSE, ...SEUILS.MOYENNE].map((seuil) => {
      const d = measureJson(
        decodeLevel(simplify(t, seuil) as Topology).values(),
        seuil >= SEUILS.BASSE[0]! ? DECIMALES.BASSE : DECIMALES.MOYENNE,
      );
      return `${seuil} : ${d.ko} Ko (${d.points} sommets${d.vides ? `, ${d.vides} vides` : ''})`;
    });
    console.log(`  ${niveau} : topologie ${ms} ms ; ${tailles.join(' ; ')}`);
  }
  return topologies;
}
