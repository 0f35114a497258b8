import type { DataSource } from 'typeorm';
import type { ErreurLigne } from '../emploi/emploi-csv.parser';
import { parsePointsCsv } from './points-csv.parser';

const LOT = 20_000;

export type ResultatImportPoints = { ok: true; points: number } | { ok: false; erreurs: ErreurLigne[] };

// All or nothing, idempotent: the layer's points are replaced in one transaction and its cached grids dropped.
export async function importPointsCsv(
  dataSource: DataSource,
  texte: string,
  couche: { nom: string; source: string; synthetique: boolean },
): Promise<ResultatImportPoints> {
  const { points, erreurs } = parsePointsCsv(texte);
  if (erreurs.length > 0) return { ok: false, erreurs };
  await dataSource.transaction(async (m) => {
    const [row] = (await m.query(
      `INSERT INTO couche_points (nom, source, synthetique) VALUES ($1, $2, $3)
       ON CONFLICT (nom) DO UPDATE SET source = EXCLUDED.source, synthetique = EXCLUDED.synthetique, cree_le = now()
       RETURNING id`,
      [couche.nom, couche.source, couche.synthetique],
    )) as { id: number }[];
    await m.query('DELETE FROM point_couche WHERE couche_id = $1', [row!.id]);
    await m.query('DELETE FROM grille_cache WHERE couche = $1', [`points:${row!.id}`]);
    for (let i = 0; i < points.length; i += LOT) {
      await m.query(
        `INSERT INTO point_couche (couche_id, geom, x_l93, y_l93, categorie, poids, source)
         SELECT $1, g, ST_X(l), ST_Y(l), r.categorie, r.poids, r.source
         FROM jsonb_to_recordset($2::jsonb) AS r(lon float8, lat float8, categorie text, poids float8, source text)
         CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) AS g) p
         CROSS JOIN LATERAL (SELECT ST_Transform(p.g, 2154) AS l) t`,
        [row!.id, JSON.stringify(points.slice(i, i + LOT))],
      );
    }
  });
  return { ok: true, points: points.length };
}
