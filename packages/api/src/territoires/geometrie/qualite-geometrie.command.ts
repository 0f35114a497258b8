import { badUserInput } from '../../common/api-error';
import { sql } from '../../common/sql';
import type { DatabaseCommand } from '../../context';
import { measureGeometry, measureTaillesCarte, type MesureNiveau } from './measure-geometry';
import { findRepoRoot, resolveReferenceDir } from './reference-boundaries';

const CIBLES: Record<string, { mediane: number; minimum?: number }> = {
  DEPARTEMENT: { mediane: 0.9, minimum: 0.75 },
  PAYS: { mediane: 0.85 },
};
const CIBLES_KO = { departementsBasseKo: 300, communesBretagneMoyenneKo: 600 };

const LIBELLES: Record<string, string> = {
  DEPARTEMENT: 'Départements (96, métropole)',
  REGION: 'Régions 2016 (13, métropole)',
  ANCIENNE_REGION: 'Anciennes régions (22)',
  PAYS: 'Pays de Bretagne (actuels, hors Pays dissous)',
};

const fmt = (v: number | null): string => (v === null ? 'non renseigné' : v.toFixed(3));

export function formatMesure(m: MesureNiveau): string[] {
  const cible = CIBLES[m.niveau];
  const atteinte = cible ? ((m.mediane ?? 0) >= cible.mediane && (m.minimum ?? 0) >= (cible.minimum ?? 0) ? ' [cible atteinte]' : ' [cible NON atteinte]') : '';
  const texteCible = cible ? ` (cible : médiane ≥ ${cible.mediane}${cible.minimum ? `, minimum ≥ ${cible.minimum}` : ''})` : '';
  return [
    `${LIBELLES[m.niveau] ?? m.niveau} : ${m.mesures} contours (${m.officielles} officiels en base), IoU médiane ${fmt(m.mediane)}, minimum ${fmt(m.minimum)}${texteCible}${atteinte}`,
    `  les moins bons : ${m.pires.map((p) => `${p.nom} (${p.code}) ${p.iou.toFixed(3)}`).join(' ; ')}`,
  ];
}

// `pnpm qualite:geometrie`: compares the geometry in the database with the official outlines of
// ../shared/data/reference-boundaries (IoU per level) and prints the size of the main map layers.
export const qualiteGeometrieCommand: DatabaseCommand = {
  name: 'qualite:geometrie',
  description: 'IoU de la géométrie (approximative ou importée) face aux contours officiels, et poids des cartes',
  async run(_args, { db }) {
    const dir = resolveReferenceDir(findRepoRoot());
    if (!dir) {
      throw badUserInput(
        'contours',
        // eslint-disable-next-line no-restricted-syntax
        'Contours officiels de référence introuvables : ce script lit ../shared/data/reference-boundaries/ à côté du dépôt (fichiers non copiés dans le dépôt).',
      );
    }
    const [row] = await db.query<{ n: number }>(sql`SELECT count(geom)::int AS n FROM territoire WHERE niveau = 'DEPARTEMENT'`);
    if (!row?.n) throw badUserInput('territoire', "Aucune géométrie en base : lancez d'abord `pnpm start` (chargement des territoires).");
    console.log(`Contours de référence : ${dir} (IGN Admin Express COG 2018, Licence Ouverte)`);
    for (const mesure of await measureGeometry(db, dir)) for (const ligne of formatMesure(mesure)) console.log(ligne);
    const tailles = await measureTaillesCarte(db);
    console.log(
      `Poids GeoJSON (4 décimales) : départements de métropole, version basse ${tailles.departementsBasseKo.toFixed(0)} Ko (cible ≤ ${CIBLES_KO.departementsBasseKo}) ; ` +
        `communes de Bretagne, version moyenne ${tailles.communesBretagneMoyenneKo.toFixed(0)} Ko (cible ≤ ${CIBLES_KO.communesBretagneMoyenneKo})`,
    );
  },
};
