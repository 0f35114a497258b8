import { toCsv, type CsvColumn } from '../../ui/export';
import type { EtudeVsFichesRow } from './to-etude-vs-fiches-rows';

const COLUMNS: CsvColumn<EtudeVsFichesRow>[] = [
  { header: 'Ce qui est compté', value: (row) => row.libelle },
  { header: 'Périmètre', value: (row) => row.perimetre },
  { header: "Selon l'étude", value: (row) => row.etude },
  { header: "Texte de l'étude", value: (row) => row.etudeDetail },
  { header: 'Dans les fiches', value: (row) => row.fiches },
  { header: 'Fiches comptées', value: (row) => row.fichesNoms.join(', ') },
  { header: 'Comment les fiches sont comptées', value: (row) => row.fichesDetail },
  { header: 'Source', value: (row) => row.source },
];

export function toEtudeVsFichesCsv(rows: readonly EtudeVsFichesRow[]): string {
  return toCsv(rows, COLUMNS);
}
