// Area on the GRS80/WGS84 ellipsoid, computed in Node (PostGIS's ST_Area on geography costs seconds per
// million vertices, more on the embedded backend): latitudes become authalic latitudes, an equal-area map of
// the ellipsoid onto the sphere of the same area, where a ring's area follows Chamberlain & Duquette (2007).
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);

function q(sinPhi: number): number {
  return (1 - E2) * (sinPhi / (1 - E2 * sinPhi * sinPhi) - (1 / (2 * E)) * Math.log((1 - E * sinPhi) / (1 + E * sinPhi)));
}

const QP = q(1);
const RAYON_AUTHALIQUE = A * Math.sqrt(QP / 2);
const RAD = Math.PI / 180;

// sin of the authalic latitude of a geodetic latitude in degrees.
const sinAuthalique = (lat: number) => q(Math.sin(lat * RAD)) / QP;

function aireAnneau(anneau: number[][]): number {
  let somme = 0;
  for (let i = 0; i < anneau.length - 1; i += 1) {
    const [x1, y1] = anneau[i]!;
    const [x2, y2] = anneau[i + 1]!;
    somme += (x2! - x1!) * RAD * (2 + sinAuthalique(y1!) + sinAuthalique(y2!));
  }
  return Math.abs((somme * RAYON_AUTHALIQUE * RAYON_AUTHALIQUE) / 2);
}

// km², holes subtracted.
export function computeAireKm2(g: GeoJSON.MultiPolygon): number {
  let m2 = 0;
  for (const polygone of g.coordinates) {
    polygone.forEach((anneau, i) => {
      m2 += (i === 0 ? 1 : -1) * aireAnneau(anneau);
    });
  }
  return m2 / 1e6;
}
