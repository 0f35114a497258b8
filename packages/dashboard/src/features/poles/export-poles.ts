import { toCsv, toFeatureCollection, toGeoJsonText, type CsvColumn, type GeoJsonColumn } from '../../ui/export';
import type { PoleTableRow } from './to-pole-table-rows';

const PROVENANCE = "Pôles ESS — fiches de l'étude « Les pôles de développement de l'ESS en France » (vers 2010)";

export const POLES_CSV_COLUMNS: CsvColumn<PoleTableRow>[] = [
  { header: 'Identifiant', value: (row) => row.id },
  { header: 'Nom', value: (row) => row.nom },
  { header: 'Type', value: (row) => row.typeLibelle },
  { header: 'Statut', value: (row) => row.statutLibelle },
  { header: 'Année prévue ou de fermeture', value: (row) => row.anneeStatut },
  { header: "Territoire d'action", value: (row) => row.territoireAction },
  { header: 'Commune siège', value: (row) => row.communeSiege },
  { header: 'Pays', value: (row) => row.pays },
  { header: 'Région (2016)', value: (row) => row.region },
  { header: 'Ancienne région', value: (row) => row.ancienneRegion },
  { header: 'Longitude', value: (row) => row.lon },
  { header: 'Latitude', value: (row) => row.lat },
  { header: 'Position approximative (centre du territoire)', value: (row) => (row.lon === null ? null : row.positionApproximative) },
];

const GEOJSON_COLUMNS: GeoJsonColumn<PoleTableRow>[] = [
  { key: 'id', value: (row) => row.id },
  { key: 'nom', value: (row) => row.nom },
  { key: 'type', value: (row) => row.type },
  { key: 'typeLibelle', value: (row) => row.typeLibelle },
  { key: 'statut', value: (row) => row.statut },
  { key: 'territoireAction', value: (row) => row.territoireAction },
  { key: 'communeSiege', value: (row) => row.communeSiege },
  { key: 'pays', value: (row) => row.pays },
  { key: 'region', value: (row) => row.region },
  { key: 'precisionPosition', value: (row) => row.precisionPosition },
  { key: 'source', value: () => PROVENANCE },
];

export function toPolesCsv(rows: readonly PoleTableRow[]): string {
  return toCsv(rows, POLES_CSV_COLUMNS);
}

export function toPolesGeoJson(rows: readonly PoleTableRow[]): string {
  return toGeoJsonText(
    toFeatureCollection(
      rows,
      (row) => (row.lon === null || row.lat === null ? null : { type: 'Point', coordinates: [row.lon, row.lat] }),
      GEOJSON_COLUMNS,
    ),
  );
}
