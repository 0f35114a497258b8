import { neutraliserFormuleCsv } from '@poles-ess/shared';
import Papa from 'papaparse';
import { sql } from '../common/sql';
import type { Database } from '../database/database';
import { graphieEtude } from './fiche-csv.codecs';
import { listAllPoles } from './list-poles';
import type { FormatExport, TriPoles } from './pole.enums';
import type { Pole } from './pole.entity';
import { CODECS_FICHE, COLONNES_CSV } from './poles-csv.columns';
import type { PoleFilterInput } from './poles-filter.sql';

interface PoleExport extends Pole {
  territoireAction: { libelle: string; niveau: string | null; code: string | null } | null;
  communeSiegeNom: string | null;
}

async function loadExtras(db: Database, poles: Pole[]): Promise<PoleExport[]> {
  const rows = await db.query<{ id: string; libelle: string | null; niveau: string | null; code: string | null; commune: string | null }>(
    sql`SELECT p.id, a.libelle, a.niveau, a.code, c.nom AS commune
     FROM unnest(${poles.map((p) => p.id)}::uuid[]) AS p(id)
     LEFT JOIN LATERAL (SELECT * FROM pole_territoire_action x WHERE x.pole_id = p.id ORDER BY x.id LIMIT 1) a ON true
     LEFT JOIN pole q ON q.id = p.id
     LEFT JOIN territoire c ON c.niveau = 'COMMUNE' AND c.code = q.code_commune_siege`,
  );
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

// The import's columns: each fiche field by its codec, then the territory of action, the seat commune's name and
// the import key.
function toCsvRow(pole: PoleExport): Record<string, string> {
  const row: Record<string, string> = Object.fromEntries(COLONNES_CSV.map((c) => [c, '']));
  for (const { codec } of CODECS_FICHE) Object.assign(row, codec.ecrire(pole as unknown as Record<string, unknown>));
  return {
    ...row,
    slug: pole.slug,
    territoire_tel_que_cite: pole.territoireAction?.libelle ?? '',
    niveau_territoire: pole.territoireAction ? (pole.territoireAction.niveau ? graphieEtude(pole.territoireAction.niveau) : 'autre') : '',
    code_territoire: pole.territoireAction?.code ?? '',
    commune_siege: pole.communeSiegeNom ?? '',
  };
}

function toFeature(pole: PoleExport): object {
  const { position, sources, sourcesParChamp: _parChamp, documents, territoireAction, communeSiegeNom, ...properties } = pole;
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

// CSV: UTF-8 with BOM and `;` (opens as is in a French spreadsheet), the import's columns, no cell a spreadsheet
// would run as a formula (re-imported as written); GeoJSON: every pole, null geometry when the location is unknown.
export async function exportPoles(db: Database, format: FormatExport, filtre: PoleFilterInput | null, tri: TriPoles | null): Promise<string> {
  const poles = await loadExtras(db, await listAllPoles(db, filtre, tri));
  if (format === 'GEOJSON') return JSON.stringify({ type: 'FeatureCollection', features: poles.map(toFeature) });
  const lignes = poles.map((pole) => Object.fromEntries(Object.entries(toCsvRow(pole)).map(([colonne, valeur]) => [colonne, neutraliserFormuleCsv(valeur)])));
  return `\uFEFF${Papa.unparse(lignes, { delimiter: ';', columns: [...COLONNES_CSV], newline: '\r\n' })}\r\n`;
}
