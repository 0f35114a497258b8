import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { topology } from 'topojson-server';
import type { Topology } from 'topojson-specification';
import {
  CONTOURS_COMMUNES_FILE,
  CONTOURS_MILLESIME,
  OBJET_COMMUNES,
  ZONE_METROPOLE,
} from '../src/territoires/contours-officiels/contours-officiels.source';

// Development-time build (never run by `pnpm start`): the 2018 commune outlines of ../shared become the
// project's committed data file. Usage: pnpm --filter @poles-ess/api data:contours [--source DIR] [--sortie FICHIER] [--quantification N]
const SOURCE_PAR_DEFAUT = path.resolve(
  __dirname,
  '../../../../shared/data/official-boundaries/communes-2018',
);
// 1e5 steps over each zone's extent (about 11 m on the mainland): 5e4 saves 10 % but doubles the error (data/contours/MESURES.md).
const QUANTIFICATION_PAR_DEFAUT = 1e5;
// Brotli at its best quality: 15 % smaller than gzip -9 and faster to read; the same input gives the same bytes.
const BROTLI = {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
    [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
  },
};
const CODE_COMMUNE = /^(\d{5}|2[AB]\d{3})$/;

type Contour = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { code: string }>;

function option(nom: string, defaut: string): string {
  const i = process.argv.indexOf(nom);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : defaut;
}

function readDepartement(fichier: string): Contour[] {
  const collection = JSON.parse(
    zlib.gunzipSync(fs.readFileSync(fichier)).toString('utf8'),
  ) as GeoJSON.FeatureCollection;
  return collection.features.map((f, i) => {
    const code = f.properties?.code as unknown;
    if (typeof code !== 'string' || !CODE_COMMUNE.test(code)) {
      throw new Error(`${path.basename(fichier)}, entité ${i + 1} : code commune invalide (${String(code)})`);
    }
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') {
      throw new Error(
        `${path.basename(fichier)}, commune ${code} : géométrie ${f.geometry?.type ?? 'absente'} au lieu d'un polygone`,
      );
    }
    return { type: 'Feature', properties: { code }, geometry: f.geometry };
  });
}

function zoneOf(departement: string): string {
  return departement.startsWith('97') ? departement : ZONE_METROPOLE;
}

function readCommunes2018(dir: string): Map<string, Contour[]> {
  const fichiers = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.geojson.gz'))
    .sort();
  if (!fichiers.length) throw new Error(`Aucun fichier *.geojson.gz dans ${dir}`);
  const zones = new Map<string, Contour[]>();
  const vus = new Set<string>();
  for (const fichier of fichiers) {
    const zone = zoneOf(fichier.replace('.geojson.gz', ''));
    for (const contour of readDepartement(path.join(dir, fichier))) {
      if (vus.has(contour.properties.code))
        throw new Error(`${fichier} : commune ${contour.properties.code} en double`);
      vus.add(contour.properties.code);
      const contours = zones.get(zone) ?? [];
      contours.push(contour);
      zones.set(zone, contours);
    }
  }
  return zones;
}

// Shared borders become shared arcs; each zone gets its own grid so the overseas ones keep their detail.
function buildTopologies(zones: Map<string, Contour[]>, quantification: number): Record<string, Topology> {
  const topologies: Record<string, Topology> = {};
  for (const zone of [...zones.keys()].sort()) {
    const features = [...zones.get(zone)!].sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));
    topologies[zone] = topology(
      { [OBJET_COMMUNES]: { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection },
      quantification,
    );
  }
  return topologies;
}

function main(): void {
  const source = path.resolve(option('--source', SOURCE_PAR_DEFAUT));
  const sortie = path.resolve(option('--sortie', CONTOURS_COMMUNES_FILE));
  const quantification = Number(option('--quantification', String(QUANTIFICATION_PAR_DEFAUT)));
  const debut = Date.now();
  const zones = readCommunes2018(source);
  const topologies = buildTopologies(zones, quantification);
  const json = JSON.stringify({ millesime: CONTOURS_MILLESIME, zones: topologies });
  const compresse = zlib.brotliCompressSync(json, BROTLI);
  fs.mkdirSync(path.dirname(sortie), { recursive: true });
  fs.writeFileSync(sortie, compresse);
  const communes = [...zones.values()].reduce((n, z) => n + z.length, 0);
  console.log(
    `${communes} communes, ${zones.size} zones, quantification ${quantification} : ${(json.length / 1e6).toFixed(2)} Mo de JSON, ` +
      `${(compresse.length / 1e6).toFixed(2)} Mo compressés → ${sortie} (${((Date.now() - debut) / 1000).toFixed(1)} s)`,
  );
}

main();
