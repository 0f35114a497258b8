import { badUserInput } from '../../common/api-error';
import { sql } from '../../common/sql';
import type { Database } from '../../database/database';
import type { Executor } from '../../database/executor';
import { buildDisplayGeometry } from '../geometrie/build-display-geometry';
import type { NiveauTerritorial } from '../territoire.enums';
import type { ContoursFile } from './read-contours-file';

const BATCH = 500;

export interface ImportContoursOptions {
  niveau: NiveauTerritorial;
  source: string;
  // Without it, a file whose codes are mostly unknown is refused (wrong --niveau: département 53 is also région 53).
  accepterInconnus?: boolean;
  // Called inside the transaction after the import (rebuilds the levels above, relinks the poles).
  apresImport?: (tx: Executor) => Promise<void>;
}

export interface ImportContoursReport {
  importes: number;
  codesInconnus: string[];
  territoiresSansContourOfficiel: string[];
  srid: number;
}

// All or nothing: every matched territory gets its official outline in one transaction; any error
// (invalid coordinates, PostGIS failure, nothing matched) rolls everything back.
export async function importContours(db: Database, file: ContoursFile, options: ImportContoursOptions): Promise<ImportContoursReport> {
  return db.transaction(async (tx) => {
    const matched = new Set<string>();
    for (let start = 0; start < file.features.length; start += BATCH) {
      const batch = file.features.slice(start, start + BATCH);
      const rows = await tx.query<{ code: string; vide: boolean }>(
        sql`WITH f AS (
           SELECT r.code, ST_Multi(ST_CollectionExtract(ST_MakeValid(
                    ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), ${file.srid}::int), 4326)), 3)) AS g
           FROM json_to_recordset(${JSON.stringify(batch)}::json) AS r(code text, geometry text)),
         u AS (UPDATE territoire t SET
           geom = f.g,
           centre = ST_PointOnSurface(f.g),
           centre_source = 'point intérieur du contour officiel',
           superficie_km2 = round((ST_Area(f.g::geography) / 1e6)::numeric, 2)::double precision,
           geometrie_source = 'OFFICIELLE',
           geometrie_source_nom = ${options.source},
           geometrie_millesime = NULL
         FROM f
         WHERE t.niveau = ${options.niveau} AND t.code = f.code
         RETURNING t.code, ST_IsEmpty(t.geom) AS vide)
         SELECT code, vide FROM u`,
      ); // a SELECT over the UPDATE: TypeORM returns plain rows
      const empty = rows.filter((r) => r.vide).map((r) => r.code);
      if (empty.length > 0) throw badUserInput('fichier', `Contour vide après réparation pour ${empty.join(', ')} : rien n’a été écrit.`);
      for (const row of rows) matched.add(row.code);
    }
    if (matched.size === 0) {
      throw badUserInput('fichier', `Aucun code du fichier ne correspond à un territoire de niveau ${options.niveau} : vérifiez --niveau et --propriete-code. Rien n’a été écrit.`);
    }
    const inconnus = file.features.length - matched.size;
    if (inconnus > matched.size && !options.accepterInconnus) {
      throw badUserInput(
        'niveau',
        `${inconnus} des ${file.features.length} codes du fichier ne sont pas des territoires de niveau ${options.niveau} : vérifiez --niveau et --propriete-code, ou ajoutez --accepter-inconnus. Rien n’a été écrit.`,
      );
    }
    await buildDisplayGeometry(tx, options.niveau, [...matched]);
    await options.apresImport?.(tx);
    const sans = await tx.query<{ code: string }>(
      sql`SELECT code FROM territoire WHERE niveau = ${options.niveau} AND geometrie_source <> 'OFFICIELLE' ORDER BY code`,
    );
    return {
      importes: matched.size,
      codesInconnus: file.features.map((f) => f.code).filter((code) => !matched.has(code)),
      territoiresSansContourOfficiel: sans.map((r) => r.code),
      srid: file.srid,
    };
  });
}
