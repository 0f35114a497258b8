import type { Feature, FeatureCollection, Geometry } from 'geojson';

export type GeoJsonProperties = Record<string, string | number | boolean | null>;

export interface GeoJsonColumn<Row> {
  key: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

// Les lignes sans géométrie restent dans le fichier (geometry null, permis par la RFC 7946) : rien ne disparaît.
export function toFeatureCollection<Row>(
  rows: readonly Row[],
  geometryOf: (row: Row) => Geometry | null | undefined,
  columns: readonly GeoJsonColumn<Row>[],
): FeatureCollection<Geometry | null, GeoJsonProperties> {
  const features = rows.map((row): Feature<Geometry | null, GeoJsonProperties> => ({
    type: 'Feature',
    geometry: geometryOf(row) ?? null,
    properties: Object.fromEntries(columns.map((column) => [column.key, column.value(row) ?? null])),
  }));
  return { type: 'FeatureCollection', features };
}

export function toGeoJsonText(collection: FeatureCollection<Geometry | null, GeoJsonProperties>): string {
  return JSON.stringify(collection);
}
