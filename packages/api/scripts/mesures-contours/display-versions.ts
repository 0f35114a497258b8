import { roundPolygons } from '../../src/territoires/contours-officiels/versions-affichage';

type Polygones = GeoJSON.MultiPolygon;

// Display grids, as the API's: 0.001° for BASSE, 0.0001° for MOYENNE.
export const DECIMALES = { BASSE: 3, MOYENNE: 4 };

// JSON of the geometries as the API sends them (ST_AsGeoJSON, `decimales` digits), and what collapses.
export function measureJson(geometries: Iterable<Polygones>, decimales: number) {
  let octets = 0;
  let vides = 0;
  let points = 0;
  for (const g of geometries) {
    const polygones = roundPolygons(g, decimales);
    if (!polygones.length) vides += 1;
    points += polygones.flat(2).length;
    octets += JSON.stringify({ type: 'MultiPolygon', coordinates: polygones }).length;
  }
  return { ko: Math.round(octets / 100) / 10, vides, points };
}
