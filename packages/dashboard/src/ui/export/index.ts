export { toCsv, CSV_BOM, CSV_DELIMITER, type CsvColumn } from './to-csv';
export { toFeatureCollection, toGeoJsonText, type GeoJsonColumn, type GeoJsonProperties } from './to-geojson';
export { downloadFile, buildExportFileName, MIME_CSV, MIME_GEOJSON } from './download-file';
export { ExportButtons, type ExportAction } from './export-buttons';
