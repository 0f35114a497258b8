import Papa from 'papaparse';
import type { DataSource } from 'typeorm';
import { listAllPoles } from './list-poles';
import { FormatExport, type TriPoles } from './pole.enums';
import type { Pole } from './pole.type';
import type { PoleFilterInput } from './poles-filter.sql';
import { CSV_COLUMNS, NIVEAU_VALUES, STATUT_VALUES, TEXT_COLUMNS, INT_COLUMNS, TYPE_VALUES, toCsvValue, type CsvColumn } from './poles-csv.columns';

interface PoleExport extends Pole {
  territoireAction: { libelle: string; niveau: string | null; code: string | null } | null;
  communeSiegeNom: string | null;
}

async function loadExtras(dataSource: DataSource, poles: Pole[]): Promise<PoleExport[]> {
  const rows = (await dataSource.query(
    `SELECT p.id, a.libelle, a.niveau, a.code, c.nom AS commune
     FROM unnest($1::uuid[]) AS p(id)
     LEFT JOIN LATERAL (SELECT * FROM pole_territoire_action x WHERE x.pole_id = p.id ORDER BY x.id LIMIT 1) a ON true
     LEFT JOIN pole q ON q.id = p.id
     LEFT JOIN territoire c ON c.niveau = 'COMMUNE' AND c.code = q.code_commune_siege`,
    [poles.map((p) => p.id)],
  )) as { id: string; libelle: string | null; niveau: string | null; code: string | null; commune: string | null }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return poles.map((pole) => {
    const extra = byId.get(pole.id);
    return {
      ...pole,
      territoireAction: extra?.libelle ? { libelle: extra.libelle, niveau: extra.niveau, code: extra.code } : null,
      communeSiegeNom: extra?.commune ?? null,
    };
  });
}

function toCsvRow(pole: PoleExport): Record<CsvColumn, string> {
  const row = Object.fromEntries(CSV_COLUMNS.map((c) => [c, ''])) as Record<CsvColumn, string>;
  const fields = pole as unknown as Record<string, unknown>;
  for (const [column, field] of Object.entries({ ...TEXT_COLUMNS, ...INT_COLUMNS })) {
    const value = fields[field];
    row[column as CsvColumn] = value === null || value === undefined ? '' : String(value);
  }
  const coordinates = pole.position?.coordinates;
  return {
    ...row,
    nom: pole.nom,
    slug: pole.slug,
    type_fiche: toCsvValue(TYPE_VALUES, pole.type),
    type_selon_monographie: toCsvValue(TYPE_VALUES, pole.typeSelonMonographie),
    statut_dans_etude: toCsvValue(STATUT_VALUES, pole.statut),
    territoire_tel_que_cite: pole.territoireAction?.libelle ?? '',
    niveau_territoire: pole.territoireAction ? toCsvValue(NIVEAU_VALUES as Record<string, string>, pole.territoireAction.niveau) || 'autre' : '',
    code_territoire: pole.territoireAction?.code ?? '',
    commune_siege: pole.communeSiegeNom ?? '',
    code_commune_siege: pole.codeCommuneSiege ?? '',
    monographie: pole.monographie ? 'oui' : 'non',
    fonctions: pole.fonctions.join('|'),
    // A derived position is re-derived on import: only explicit positions are exported as coordinates.
    longitude: coordinates && !pole.positionDerivee ? String(coordinates[0]) : '',
    latitude: coordinates && !pole.positionDerivee ? String(coordinates[1]) : '',
    precision_position: coordinates && !pole.positionDerivee ? (pole.precisionPosition ?? '') : '',
  };
}

function toFeature(pole: PoleExport): object {
  const { position, sources, documents, territoireAction, communeSiegeNom, ...properties } = pole;
  return {
    type: 'Feature',
    id: pole.id,
    geometry: position,
    properties: {
      ...properties,
      territoireAction: territoireAction?.libelle ?? null,
      territoireActionNiveau: territoireAction?.niveau ?? null,
      territoireActionCode: territoireAction?.code ?? null,
      communeSiege: communeSiegeNom,
      documents,
      sources: Object.fromEntries(sources.map((s) => [s.champ, s.source])),
    },
  };
}

// CSV: UTF-8 with BOM and `;` (opens as is in a French spreadsheet), the import's columns; GeoJSON: every pole,
// null geometry when the location is unknown.
export async function exportPoles(
  dataSource: DataSource,
  format: FormatExport,
  filtre: PoleFilterInput | null,
  tri: TriPoles | null,
): Promise<string> {
  const poles = await loadExtras(dataSource, await listAllPoles(dataSource, filtre, tri));
  if (format === FormatExport.GEOJSON) {
    return JSON.stringify({ type: 'FeatureCollection', features: poles.map(toFeature) });
  }
  return `\uFEFF${Papa.unparse(poles.map(toCsvRow), { delimiter: ';', columns: [...CSV_COLUMNS], newline: '\r\n' })}\r\n`;
}
