import type { ErreurLigne } from '../common/csv/read-csv';
import { sql } from '../common/sql';
import type { Database } from '../database/database';
import { parsePointsCsv } from './points-csv.parser';

const LOT = 20_000;

export type ResultatImportPoints = { ok: true; points: number } | { ok: false; erreurs: ErreurLigne[] };

// All or nothing, idempotent: the layer's points are replaced in one transaction and its cached grids dropped.
export async function importPointsCsv(
  db: Database,
  texte: string,
  couche: { nom: string; source: string; synthetique: boolean },
): Promise<ResultatImportPoints> {
  const { points, erreurs } = parsePointsCsv(texte);
  if (erreurs.length > 0) return { ok: false, erreurs };
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      sql`INSERT INTO couche_points (nom, source, synthetique) VALUES (${couche.nom}, ${couche.source}, ${couche.synthetique})
          ON CONFLICT (nom) DO UPDATE SET source = EXCLUDED.source, synthetique = EXCLUDED.synthetique, cree_le = now()
          RETURNING id`,
    );
    await tx.query(sql`DELETE FROM point_couche WHERE couche_id = ${row!.id}`);
    await tx.query(sql`DELETE FROM grille_cache WHERE couche = ${`points:${row!.id}`}`);
    for (let i = 0; i < points.length; i += LOT) {
      await tx.query(
        sql`INSERT INTO point_couche (couche_id, geom, x_l93, y_l93, categorie, poids, source)
            SELECT ${row!.id}, g, ST_X(l), ST_Y(l), r.categorie, r.poids, r.source
            FROM jsonb_to_recordset(${JSON.stringify(points.slice(i, i + LOT))}::jsonb) AS r(lon float8, lat float8, categorie text, poids float8, source text)
            CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) AS g) p
            CROSS JOIN LATERAL (SELECT ST_Transform(p.g, 2154) AS l) t`,
      );
    }
  });
  return { ok: true, points: points.length };
}
