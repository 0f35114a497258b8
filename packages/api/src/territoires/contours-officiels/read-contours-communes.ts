import fs from 'node:fs';
import zlib from 'node:zlib';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { CONTOURS_COMMUNES_FILE, OBJET_COMMUNES } from './contours-officiels.source';

export type TopologieCommunes = Topology<{ [OBJET_COMMUNES]: GeometryCollection<{ code: string }> }>;

export interface ContoursCommunes {
  millesime: number;
  // Zone (`metropole`, `971`…) → its topology, quantised on its own extent.
  zones: Record<string, TopologieCommunes>;
}

// GeoJSON types come with topojson's (the API has no direct @types/geojson).
export type ContourCommune = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { code: string }>;

export function readContoursCommunes(fichier: string = CONTOURS_COMMUNES_FILE): ContoursCommunes {
  const contenu = JSON.parse(
    zlib.brotliDecompressSync(fs.readFileSync(fichier)).toString('utf8'),
  ) as Partial<ContoursCommunes>;
  if (typeof contenu.millesime !== 'number' || !contenu.zones) {
    throw new Error(`${fichier} : fichier de contours sans millésime ni zones`);
  }
  for (const [zone, topologie] of Object.entries(contenu.zones)) {
    if (topologie.type !== 'Topology' || topologie.objects?.[OBJET_COMMUNES]?.type !== 'GeometryCollection') {
      throw new Error(`${fichier}, zone ${zone} : topologie sans objet « ${OBJET_COMMUNES} »`);
    }
  }
  return contenu as ContoursCommunes;
}

export function listContoursCommunes(topologie: TopologieCommunes): ContourCommune[] {
  return feature(topologie, topologie.objects[OBJET_COMMUNES]).features as ContourCommune[];
}
