import fs from 'node:fs';
import path from 'node:path';

// Official outlines (IGN Admin Express COG 2018) kept OUTSIDE the repository, in ../shared: only this
// quality script reads them, never the product.
export const FICHIERS_REFERENCE = {
  DEPARTEMENT: 'departements-version-simplifiee.geojson',
  REGION: 'regions-version-simplifiee.geojson',
  ANCIENNE_REGION: 'regions-avant-redecoupage-2015.geojson',
  COMMUNE_BRETAGNE: 'communes-bretagne.geojson',
} as const;

export type JeuReference = keyof typeof FICHIERS_REFERENCE;

export function findRepoRoot(from: string = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Racine du dépôt introuvable depuis ${from}`);
    dir = parent;
  }
  return dir;
}

// `pnpm qualite:geometrie` is a development check: it measures against reference outlines kept beside the
// repository, and says so when they are absent (the product itself never reads them).
export function resolveReferenceDir(repoRoot: string = findRepoRoot()): string | null {
  // eslint-disable-next-line no-restricted-syntax
  const dir = path.resolve(repoRoot, '../shared/data/reference-boundaries');
  return fs.existsSync(dir) ? dir : null;
}

export interface ReferenceFeature {
  code: string;
  nom: string;
  geometry: unknown;
}

export function readReference(dir: string, jeu: JeuReference): ReferenceFeature[] {
  const file = path.join(dir, FICHIERS_REFERENCE[jeu]);
  const collection = JSON.parse(fs.readFileSync(file, 'utf8')) as { features: { properties: { code: string; nom: string }; geometry: unknown }[] };
  return collection.features.map((f) => ({ code: String(f.properties.code), nom: f.properties.nom, geometry: f.geometry }));
}
