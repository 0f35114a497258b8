import fs from 'node:fs';
import path from 'node:path';
import { sql } from '../../common/sql';
import type { Database } from '../../database/database';
import type { Executor } from '../../database/executor';
import { readReference, type JeuReference } from './reference-boundaries';

export interface MesureNiveau {
  niveau: string;
  attendus: number;
  mesures: number;
  // How many of the measured territories carry an imported official outline (then IoU is about 1).
  officielles: number;
  mediane: number | null;
  minimum: number | null;
  pires: { code: string; nom: string; iou: number }[];
}

export interface TaillesCarte {
  departementsBasseKo: number;
  communesBretagneMoyenneKo: number;
}

const NIVEAUX: { niveau: string; jeu: JeuReference }[] = [
  { niveau: 'DEPARTEMENT', jeu: 'DEPARTEMENT' },
  { niveau: 'REGION', jeu: 'REGION' },
  { niveau: 'ANCIENNE_REGION', jeu: 'ANCIENNE_REGION' },
];

// IoU (intersection over union, areas on the spheroid) of each territory's geometry against the
// official outline of the same code; the Pays against the official Breton communes dissolved by Pays.
export async function measureGeometry(db: Database, referenceDir: string): Promise<MesureNiveau[]> {
  return db.transaction(async (tx) => {
    await tx.query(sql`CREATE TEMP TABLE ref_contour (niveau text, code text, nom text, geom geometry) ON COMMIT DROP`);
    for (const { niveau, jeu } of NIVEAUX) await insertReference(tx, niveau, readReference(referenceDir, jeu));
    await insertReference(tx, 'COMMUNE', readReference(referenceDir, 'COMMUNE_BRETAGNE'));
    await insertPays(tx);
    const mesures: MesureNiveau[] = [];
    for (const niveau of ['DEPARTEMENT', 'REGION', 'ANCIENNE_REGION', 'PAYS']) mesures.push(await measureNiveau(tx, niveau));
    return mesures;
  });
}

async function insertReference(tx: Executor, niveau: string, features: { code: string; nom: string; geometry: unknown }[]): Promise<void> {
  const lignes = JSON.stringify(features.map((f) => ({ ...f, geometry: JSON.stringify(f.geometry) })));
  await tx.query(
    sql`INSERT INTO ref_contour
        SELECT ${niveau}, r.code, r.nom, ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(r.geometry), 4326))
        FROM json_to_recordset(${lignes}::json) AS r(code text, nom text, geometry text)`,
  );
}

// 2018 communes merged since then are found through their commune déléguée (old code → new commune).
async function insertPays(tx: Executor): Promise<void> {
  await tx.query(
    sql`INSERT INTO ref_contour
     SELECT 'PAYS', p.code, p.nom, ST_Union(r.geom)
     FROM ref_contour r
     JOIN json_to_recordset(${JSON.stringify(readCorrespondanceCodes())}::json) AS a(ancien text, actuel text) ON a.ancien = r.code
     JOIN territoire_lien l ON l.niveau_membre = 'COMMUNE' AND l.code_membre = a.actuel AND l.niveau_parent = 'PAYS' AND l.date_fin IS NULL
     JOIN territoire p ON p.niveau = 'PAYS' AND p.code = l.code_parent
     WHERE r.niveau = 'COMMUNE'
     GROUP BY p.code, p.nom`,
  );
}

function readCorrespondanceCodes(): { ancien: string; actuel: string }[] {
  const file = path.join(path.dirname(require.resolve('@etalab/decoupage-administratif/package.json')), 'data', 'communes.json');
  const rows = JSON.parse(fs.readFileSync(file, 'utf8')) as { code: string; type: string; chefLieu?: string }[];
  const paires = new Map<string, string>();
  for (const r of rows) if (r.type === 'commune-actuelle') paires.set(r.code, r.code);
  for (const r of rows) if (r.chefLieu && !paires.has(r.code)) paires.set(r.code, r.chefLieu);
  return [...paires].map(([ancien, actuel]) => ({ ancien, actuel }));
}

async function measureNiveau(tx: Executor, niveau: string): Promise<MesureNiveau> {
  const rows = await tx.query<{ code: string; nom: string; iou: number; officielle: boolean | null }>(
    sql`SELECT r.code, r.nom, t.geometrie_source = 'OFFICIELLE' AS officielle,
            CASE WHEN t.geom IS NULL THEN 0 ELSE
              ST_Area(ST_Intersection(r.geom, t.geom)::geography) / NULLIF(ST_Area(ST_Union(r.geom, t.geom)::geography), 0) END AS iou
     FROM ref_contour r LEFT JOIN territoire t ON t.niveau = r.niveau AND t.code = r.code
     WHERE r.niveau = ${niveau} ORDER BY iou`,
  );
  const valeurs = rows.map((r) => Number(r.iou));
  return {
    niveau,
    attendus: rows.length,
    mesures: valeurs.length,
    officielles: rows.filter((r) => r.officielle).length,
    mediane: median(valeurs),
    minimum: valeurs.length ? Math.min(...valeurs) : null,
    pires: rows.slice(0, 5).map((r) => ({ code: r.code, nom: r.nom, iou: Number(r.iou) })),
  };
}

export function median(valeurs: number[]): number | null {
  if (!valeurs.length) return null;
  const tries = [...valeurs].sort((a, b) => a - b);
  const milieu = Math.floor(tries.length / 2);
  return tries.length % 2 ? tries[milieu]! : (tries[milieu - 1]! + tries[milieu]!) / 2;
}

// Size of what a map layer receives (GeoJSON, 4 decimals), in kB.
export async function measureTaillesCarte(db: Database): Promise<TaillesCarte> {
  const [row] = await db.query<{ departements: string; communes: string }>(
    sql`SELECT
       (SELECT coalesce(sum(length(ST_AsGeoJSON(geom_basse, 4))), 0) FROM territoire
         WHERE niveau = 'DEPARTEMENT' AND zone = 'metro') / 1000.0 AS departements,
       (SELECT coalesce(sum(length(ST_AsGeoJSON(t.geom_moyenne, 4))), 0) FROM territoire t
         JOIN territoire_lien l ON l.niveau_membre = 'COMMUNE' AND l.code_membre = t.code AND l.niveau_parent = 'REGION' AND l.code_parent = '53'
         WHERE t.niveau = 'COMMUNE') / 1000.0 AS communes`,
  );
  return { departementsBasseKo: Number(row?.departements ?? 0), communesBretagneMoyenneKo: Number(row?.communes ?? 0) };
}
