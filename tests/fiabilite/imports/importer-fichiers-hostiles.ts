import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CLI, type Commande, type Services } from '../api-construite';

const exec = promisify(execFile);

export const IMPORTEURS = ['poles', 'emploi', 'points'] as const;
export type Importeur = (typeof IMPORTEURS)[number];

// Small hostile files, one case each; the name ends with the line the refusal must name: `12-slug-invalide.l3.csv`.
export interface FichierHostile {
  importeur: Importeur;
  chemin: string;
  nom: string;
  ligne: number;
}

export function listerFichiers(): FichierHostile[] {
  return IMPORTEURS.flatMap((importeur) => {
    const dossier = path.join(__dirname, 'fichiers', importeur);
    return fs
      .readdirSync(dossier)
      .sort()
      .map((nom) => ({ importeur, chemin: path.join(dossier, nom), nom, ligne: Number(/\.l(\d+)\.csv$/.exec(nom)![1]) }));
  });
}

export const argumentsDe = (fichier: FichierHostile) =>
  fichier.importeur === 'points' ? [fichier.chemin, '--couche', 'couche hostile', '--source', 'fichier hostile'] : [fichier.chemin];

// The first line a refusal names: « ligne 3, slug : … » in a report, « fichier.csv, ligne 3 : … » for an encoding.
export function premiereLigne(message: string): number | null {
  const m = /ligne (\d+)/.exec(message);
  return m ? Number(m[1]) : null;
}

// Runs the importer's CLI command on the file in this process: the refusal's message (null if it was accepted).
export async function importer(commandes: Commande[], services: Services, fichier: FichierHostile): Promise<string | null> {
  const commande = commandes.find((c) => c.name === `import:${fichier.importeur}`)!;
  const log = console.log;
  console.log = () => undefined;
  try {
    await commande.run(argumentsDe(fichier), services);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    console.log = log;
  }
}

// The same through `pnpm import:…` as a user runs it (node packages/api/dist/cli/cli.js): exit code and output.
export async function importerParLaCli(fichier: FichierHostile, env: NodeJS.ProcessEnv): Promise<{ code: number; sortie: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, `import:${fichier.importeur}`, ...argumentsDe(fichier)], { env });
    return { code: 0, sortie: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, sortie: e.stdout + e.stderr };
  }
}

// One checksum per table of the database (PostGIS's own spatial_ref_sys aside): equal before and after = nothing written.
export async function empreintes(services: Services): Promise<Record<string, string>> {
  const tables = await services.db.query<{ nom: string }>({
    text: "SELECT tablename AS nom FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys' ORDER BY 1",
    values: [],
  });
  const resultat: Record<string, string> = {};
  for (const { nom } of tables) {
    const [ligne] = await services.db.query<{ n: number; md5: string }>({
      text: `SELECT count(*)::int AS n, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS md5 FROM (SELECT md5(t::text) AS h FROM "${nom}" t) s`,
      values: [],
    });
    resultat[nom] = `${ligne!.n}:${ligne!.md5}`;
  }
  return resultat;
}
