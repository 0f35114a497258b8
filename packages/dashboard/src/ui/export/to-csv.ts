import { neutraliserFormuleCsv } from '@poles-ess/shared';
import Papa from 'papaparse';

// Excel français : « ; » comme séparateur et BOM UTF-8 pour que les accents s'affichent.
export const CSV_BOM = '\uFEFF';
export const CSV_DELIMITER = ';';

export interface CsvColumn<Row> {
  /** En-tête en français, tel qu'il apparaît dans le fichier. */
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

function toCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  // Décimales à la française : 13,9 et non 13.9 (le « ; » laisse la virgule libre).
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return neutraliserFormuleCsv(value);
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const body = Papa.unparse(
    {
      fields: columns.map((column) => column.header),
      data: rows.map((row) => columns.map((column) => toCell(column.value(row)))),
    },
    { delimiter: CSV_DELIMITER, newline: '\r\n', quotes: false },
  );
  return `${CSV_BOM}${body}\r\n`;
}
