import Papa from 'papaparse';
import { TYPE_POLE_LABELS } from '@poles-ess/shared';
import { CSV_BOM, toCsv, type CsvColumn } from './to-csv';

interface Ligne {
  nom: string;
  type: keyof typeof TYPE_POLE_LABELS;
  salaries: number | null;
  part: number | null;
}

const COLONNES: CsvColumn<Ligne>[] = [
  { header: 'Nom', value: (row) => row.nom },
  { header: 'Type', value: (row) => TYPE_POLE_LABELS[row.type] },
  { header: 'Salariés', value: (row) => row.salaries },
  { header: 'Part (%)', value: (row) => row.part },
];

const LIGNES: Ligne[] = [
  { nom: 'Pôle d\'économie solidaire; Nice', type: 'CENTRE_MULTIFONCTION', salaries: 3, part: 13.9 },
  { nom: 'La "Ruche"', type: 'ESPACE_HEBERGEMENT', salaries: null, part: null },
  { nom: '=SOMME(A1)', type: 'ASSOCIATION_DEVELOPPEMENT', salaries: 0, part: 0 },
];

describe('toCsv', () => {
  const csv = toCsv(LIGNES, COLONNES);

  it('starts with a UTF-8 BOM and separates with « ; »', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.split('\r\n')[0]).toBe(`${CSV_BOM}Nom;Type;Salariés;Part (%)`);
  });

  it('writes French labels and decimal commas, and leaves unknown cells empty', () => {
    const lignes = csv.split('\r\n');
    expect(lignes[2]).toBe('"La ""Ruche""";Espace d\'hébergement;;');
    expect(lignes[1]).toContain(';Centre multifonction;3;13,9');
  });

  it('quotes cells holding the separator so that a spreadsheet reads them back intact', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[1]?.[0]).toBe("Pôle d'économie solidaire; Nice");
    expect(parsed.data[2]?.[0]).toBe('La "Ruche"');
    expect(parsed.data).toHaveLength(4);
  });

  it('neutralises spreadsheet formulas', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.data[3]?.[0]).not.toMatch(/^=/);
  });
});

describe('toCsv numbers', () => {
  it('keeps negative numbers (western longitudes) as numbers', () => {
    const csv = toCsv([{ lon: -4.49 }], [{ header: 'Longitude', value: (row) => row.lon }]);
    expect(csv.split('\r\n')[1]).toBe('-4,49');
  });
});
