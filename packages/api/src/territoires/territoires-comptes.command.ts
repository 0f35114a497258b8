import { NIVEAUX_DU_PLUS_PETIT } from '@poles-ess/shared';
import { sql } from '../common/sql';
import type { DatabaseCommand } from '../context';
import type { Database } from '../database/database';
import { CONTOURS_SOURCE_NOM } from './contours-officiels/contours-officiels.source';
import { readSourceContours } from './contours-officiels/load-contours-officiels';
import { mapCommunes2018 } from './contours-officiels/map-communes-2018';
import { PAYS_AUCUN } from './referentiel/build-pays-liens';
import { readDecoupage } from './referentiel/read-decoupage';
import { readFaitsTerritoires } from './referentiel/read-faits-territoires';
import type { NiveauTerritorial } from './territoire.enums';

const DEPARTEMENTS_BRETONS = ['22', '29', '35', '56'];

// What the pinned sources hold, level by level (collectivités d'outre-mer left out, as in the loader).
export function countSources(): Record<NiveauTerritorial, number> {
  const decoupage = readDecoupage();
  const faits = readFaitsTerritoires();
  const horsCom = (zone: string) => zone !== 'com';
  return {
    COMMUNE: decoupage.communes.filter((c) => c.type === 'commune-actuelle' && horsCom(c.zone)).length,
    EPCI: decoupage.epci.length,
    PAYS: new Set(faits.paysEpci.map((p) => p.pays_code).filter((code) => code !== PAYS_AUCUN)).size,
    DEPARTEMENT: decoupage.departements.filter((d) => horsCom(d.zone)).length,
    REGION: decoupage.regions.filter((r) => horsCom(r.zone)).length,
    ANCIENNE_REGION: faits.regions2016.length + decoupage.regions.filter((r) => r.zone === 'drom').length,
    FRANCE: 1,
  };
}

async function printComptes(db: Database): Promise<void> {
  const rows = await db.query<{ niveau: NiveauTerritorial; n: number; avec_geom: number; officielles: number }>(
    sql`SELECT niveau, count(*)::int AS n, count(geom)::int AS avec_geom,
            count(*) FILTER (WHERE geometrie_source = 'OFFICIELLE')::int AS officielles
     FROM territoire GROUP BY niveau`,
  );
  const source = countSources();
  console.log('niveau           chargés   source   écart   avec contour   officiels');
  for (const niveau of NIVEAUX_DU_PLUS_PETIT) {
    const row = rows.find((r) => r.niveau === niveau);
    const n = row?.n ?? 0;
    console.log(
      `${niveau.padEnd(16)} ${String(n).padStart(7)}  ${String(source[niveau]).padStart(7)}  ${String(n - source[niveau]).padStart(6)}  ${String(row?.avec_geom ?? 0).padStart(13)}  ${String(row?.officielles ?? 0).padStart(10)}`,
    );
  }
}

async function printEpciBretons(db: Database): Promise<void> {
  const rows = await db.query<{ code: string; nom: string; actuels: number; passes: string | null }>(
    sql`SELECT e.code, e.nom, count(lp.code_parent) FILTER (WHERE lp.date_fin IS NULL)::int AS actuels,
            string_agg(lp.code_parent || ' jusqu’au ' || to_char(lp.date_fin, 'YYYY-MM-DD'), ', ') FILTER (WHERE lp.date_fin IS NOT NULL) AS passes
     FROM territoire e
     LEFT JOIN territoire_lien lp ON lp.niveau_membre = 'EPCI' AND lp.code_membre = e.code AND lp.niveau_parent = 'PAYS'
     WHERE e.niveau = 'EPCI' AND EXISTS (
       SELECT 1 FROM territoire_lien ld WHERE ld.niveau_membre = 'EPCI' AND ld.code_membre = e.code
         AND ld.niveau_parent = 'DEPARTEMENT' AND ld.code_parent = ANY(${DEPARTEMENTS_BRETONS}::text[]))
     GROUP BY e.code, e.nom ORDER BY e.code`,
  );
  const notes = new Map(readFaitsTerritoires().paysEpci.filter((p) => p.pays_code === PAYS_AUCUN).map((p) => [p.epci_siren, p.note]));
  const hors = rows.filter((r) => r.actuels !== 1);
  console.log(`\nEPCI touchant la Bretagne : ${rows.length} ; dans exactement un Pays actuel : ${rows.length - hors.length}`);
  for (const r of hors) {
    const pourquoi = notes.get(r.code) ?? (r.passes ? `Pays passé(s) : ${r.passes}` : 'aucune source');
    console.log(`  ${r.code} ${r.nom} : ${r.actuels} Pays actuel(s) — ${pourquoi}`);
  }
}

// The vintage mapping of the built-in outlines (it fails on any unmatched code) and what the database flags.
async function printContoursOfficiels(db: Database): Promise<void> {
  const source = readSourceContours();
  const codes = Object.values(source.fichier.zones).flatMap((t) => t.objects.communes.geometries.map((g) => (g.properties as { code: string }).code));
  const c = mapCommunes2018(codes, source.cog, source.sansContour);
  console.log(
    `\nContours ${CONTOURS_SOURCE_NOM} : ${codes.length} communes de 2018, 0 sans commune actuelle ` +
      `(même code ${c.methodes.memeCode}, chef-lieu ${c.methodes.chefLieu}, ancien code ${c.methodes.ancienCode}) ; ` +
      `${c.membres2018.size} communes actuelles avec contour, ${c.sansContour.length} sans (rétablies après 2018), ` +
      `${c.arrondissementsMunicipaux.length} arrondissements municipaux (pas des territoires du produit)`,
  );
  const [row] = await db.query<{ avec: number; signalees: number; sans: number }>(
    sql`SELECT count(*) FILTER (WHERE geom IS NOT NULL AND geometrie_source = 'OFFICIELLE')::int AS avec,
               count(*) FILTER (WHERE geometrie_source = 'APPROXIMATIVE')::int AS signalees,
               count(*) FILTER (WHERE geom IS NULL AND geometrie_source <> 'APPROXIMATIVE')::int AS sans
        FROM territoire WHERE niveau = 'COMMUNE'`,
  );
  console.log(`En base : ${row!.avec} communes au contour officiel, ${row!.signalees} signalées APPROXIMATIVE, ${row!.sans} sans contour ni signalement (cible 0)`);
}

async function printChargement(db: Database): Promise<void> {
  const rows = await db.query<{ le: string; duree_referentiel_ms: number; duree_geometrie_ms: number | null }>(
    sql`SELECT to_char(charge_le, 'YYYY-MM-DD HH24:MI') AS le, duree_referentiel_ms, duree_geometrie_ms
     FROM territoire_chargement ORDER BY id DESC LIMIT 1`,
  );
  const last = rows[0];
  if (!last) {
    console.log('\nChargement : non renseigné (données chargées avant la mesure ou par un test).');
    return;
  }
  const s = (ms: number | null) => (ms === null ? 'non renseigné' : `${(ms / 1000).toFixed(1)} s`);
  // 0: the start only rebuilt the geometry (an earlier start had loaded the territories).
  const referentiel = last.duree_referentiel_ms === 0 ? 'déjà chargé' : s(last.duree_referentiel_ms);
  console.log(`\nDernier chargement (${last.le}) : référentiel ${referentiel}, géométrie ${s(last.duree_geometrie_ms)}`);
}

export const territoiresComptesCommand: DatabaseCommand = {
  name: 'territoires:comptes',
  description: 'Compte les territoires chargés par niveau face aux sources, les EPCI bretons hors Pays et la durée du chargement.',
  async run(_args, { db }) {
    console.log(`Base : ${db.backend === 'EMBARQUE' ? 'PGlite embarqué' : 'PostgreSQL'}\n`);
    await printComptes(db);
    await printEpciBretons(db);
    await printContoursOfficiels(db);
    await printChargement(db);
  },
};
