// Lambert-93 (EPSG:2154) spans x ≈ 100 000–1 250 000 m, y ≈ 6 000 000–7 150 000 m over metropolitan France.
const LAMBERT_93 = { xMin: -400_000, xMax: 1_700_000, yMin: 5_500_000, yMax: 7_500_000 };

export interface CrsMember {
  type?: string;
  properties?: { name?: string };
}

// The projection of a GeoJSON file: its `crs` member (GeoJSON 2008, as QGIS and ogr2ogr write it) when present,
// else guessed from the coordinates (degrees, or metres in the Lambert-93 range). Null = cannot tell.
export function detectSrid(crs: CrsMember | undefined, sample: number[][]): number | null {
  const name = crs?.properties?.name;
  if (name) {
    if (/CRS84$/i.test(name)) return 4326;
    const match = /EPSG:{1,2}(\d+)/i.exec(name);
    if (match) return Number(match[1]);
  }
  if (sample.length === 0) return null;
  if (sample.every(([x, y]) => Math.abs(x!) <= 180 && Math.abs(y!) <= 90)) return 4326;
  const inLambert = sample.every(
    ([x, y]) => x! >= LAMBERT_93.xMin && x! <= LAMBERT_93.xMax && y! >= LAMBERT_93.yMin && y! <= LAMBERT_93.yMax,
  );
  return inLambert ? 2154 : null;
}

// First positions of a Polygon or MultiPolygon's rings, enough to tell degrees from metres.
export function samplePositions(coordinates: unknown, max = 20): number[][] {
  const out: number[][] = [];
  const walk = (value: unknown): void => {
    if (out.length >= max || !Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      out.push(value as number[]);
      return;
    }
    for (const item of value) walk(item);
  };
  walk(coordinates);
  return out;
}
