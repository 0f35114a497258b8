import { execSync } from 'node:child_process';
import { Client } from 'pg';
import { startEmbeddedServer } from '../src/database/embedded-server';
import { mapCommunes2018 } from '../src/territoires/contours-officiels/map-communes-2018';
import { readCommunesSansContour } from '../src/territoires/contours-officiels/read-communes-sans-contour';
import {
  listContoursCommunes,
  readContoursCommunes,
} from '../src/territoires/contours-officiels/read-contours-communes';
import { checkSansContour } from './mesures-contours/check-sans-contour';
import { DECIMALES } from './mesures-contours/display-versions';
import { buildDisplayVersion } from '../src/territoires/contours-officiels/versions-affichage';
import { measureBackend } from './mesures-contours/measure-backend';
import { measureDisplay, measureLevelTopologies, measureMerges } from './mesures-contours/measure-topology';
import { buildAppartenances, readCog } from './mesures-contours/read-appartenances';
import { simulateLoad } from './mesures-contours/simulate-load';
import { presimplifyZones } from '../src/territoires/contours-officiels/topologie-communes';

// Development-time measurements behind data/contours/MESURES.md (never run by `pnpm start` or the tests).
// Usage: pnpm --filter @poles-ess/api exec tsx scripts/mesurer-contours-officiels.ts [--pg postgres://…/base_jetable]
//   [--sans-pglite] [--pglite-dir DOSSIER_VIDE (PGlite sur disque, rouvert ensuite)] [--simulation-seule]
function option(nom: string): string | undefined {
  const i = process.argv.indexOf(nom);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// Visvalingam areas in square degrees, about one square pixel on a France map (BASSE) and a regional one (MOYENNE).
const SEUIL = { BASSE: 2e-4, MOYENNE: 2e-5 };

function chrono<T>(libelle: string, f: () => T): T {
  const debut = performance.now();
  const resultat = f();
  console.log(`${libelle} : ${Math.round(performance.now() - debut)} ms`);
  return resultat;
}

function prepare() {
  const fichier = chrono('lecture du fichier (brotli + JSON)', () => readContoursCommunes());
  const contours = chrono('décodage TopoJSON → GeoJSON', () =>
    Object.values(fichier.zones).flatMap(listContoursCommunes),
  );
  const cog = readCog();
  const correspondance = chrono('correspondance 2018 → COG', () =>
    mapCommunes2018(
      contours.map((c) => c.properties.code),
      cog.communes,
      readCommunesSansContour(),
    ),
  );
  console.log(
    `  ${correspondance.communeActuelle.size} codes 2018 : ${JSON.stringify(correspondance.methodes)} ; ` +
      `${correspondance.membres2018.size} communes actuelles avec contour ; sans contour : ` +
      `${correspondance.sansContour.map((c) => `${c.code} (dans ${c.parent2018})`).join(', ')} ; ` +
      `${correspondance.arrondissementsMunicipaux.length} arrondissements municipaux`,
  );
  const appartenances = buildAppartenances(cog, correspondance.membres2018.keys());
  const actuelle = correspondance.communeActuelle;
  const complete = measureMerges(
    fichier.zones,
    new Map(contours.map((c) => [c.properties.code, c.geometry])),
    actuelle,
    appartenances,
  );
  measureDisplay(fichier.zones, actuelle, appartenances);
  const topologiesNiveaux = measureLevelTopologies(complete);
  const [moyenne, basse] = chrono(
    `\nversions retenues (MOYENNE ${SEUIL.MOYENNE}, BASSE ${SEUIL.BASSE}), tous niveaux, presimplify compris`,
    () => {
      const presimplifiees = presimplifyZones(fichier.zones);
      return [
        buildDisplayVersion(
          presimplifiees,
          topologiesNiveaux,
          fichier.zones,
          actuelle,
          SEUIL.MOYENNE,
          DECIMALES.MOYENNE,
        ),
        buildDisplayVersion(
          presimplifiees,
          topologiesNiveaux,
          fichier.zones,
          actuelle,
          SEUIL.BASSE,
          DECIMALES.BASSE,
        ),
      ];
    },
  );
  return { contours, cog, correspondance, actuelle, appartenances, complete, moyenne, basse };
}

async function onBackend(nom: string, url: string, donnees: ReturnType<typeof prepare>): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  console.log(`\n## ${nom} (${new Date().toISOString()})`);
  try {
    if (!process.argv.includes('--simulation-seule')) await measureSql(db, donnees);
    const s = await simulateLoad(db, donnees.complete, donnees.moyenne, donnees.basse);
    console.log(
      `chargement préparé dans Node : ${s.territoires} territoires, ${s.sommets} sommets (complet + MOYENNE + BASSE) : ` +
        `INSERT seul ${s.insertionMs} ms ; avec réparation (${s.reparees} géométries) et ST_PointOnSurface des communes ${s.completMs} ms`,
    );
  } finally {
    await db.end();
  }
}

async function measureSql(db: Client, donnees: ReturnType<typeof prepare>): Promise<void> {
  const m = await measureBackend(db, donnees.contours, donnees.actuelle, donnees.appartenances);
  console.log(m.version.split(' ').slice(0, 2).join(' '));
  console.log(
    `chargement de ${donnees.contours.length} communes 2018 (WKB) : ${m.chargementMs} ms ; invalides : ${m.invalides.length} (${m.invalides.join(', ')}), contrôle ${m.validationMs} ms`,
  );
  console.log(
    `dissolution SQL par ${m.dissolution} ; réparation (ST_MakeValid) ${m.reparationMs} ms, ` +
      `${m.dissolution === 'ST_Union' ? 'avant la dissolution' : 'après (communes et niveaux)'}`,
  );
  for (const n of m.niveaux) {
    console.log(
      `  ${n.niveau} : ${n.territoires}/${n.attendus} territoires, ${n.points} sommets, ${n.invalides} invalides, ${n.ms} ms`,
    );
  }
  for (const ligne of await checkSansContour(db, donnees.correspondance, donnees.cog))
    console.log(`  sans contour : ${ligne}`);
  console.log(
    `départements dissous dans l'autre ordre (${m.dissolution === 'ST_Union' ? 'communes non réparées' : 'communes réparées'}) : ${m.autreOrdre}`,
  );
}

async function main(): Promise<void> {
  console.log(execSync('uptime').toString().trim());
  const donnees = prepare();
  const pg = option('--pg');
  if (pg) await onBackend('PostgreSQL', pg, donnees);
  if (!process.argv.includes('--sans-pglite')) {
    const dossier = option('--pglite-dir') ?? null;
    let debut = performance.now();
    const serveur = await startEmbeddedServer(dossier);
    console.log(
      `\ndémarrage de PGlite + PostGIS (${dossier ?? 'en mémoire'}) : ${Math.round(performance.now() - debut)} ms`,
    );
    try {
      await onBackend('PGlite', serveur.url, donnees);
    } finally {
      await serveur.close();
    }
    if (dossier) {
      debut = performance.now();
      const rouvert = await startEmbeddedServer(dossier);
      const db = new Client({ connectionString: rouvert.url });
      await db.connect();
      await db.query('SELECT count(*) FROM territoire_sim');
      console.log(
        `réouverture de PGlite sur ${dossier} (démarrage suivant) : ${Math.round(performance.now() - debut)} ms`,
      );
      await db.end();
      await rouvert.close();
    }
  }
  console.log(execSync('uptime').toString().trim());
}

void main();
