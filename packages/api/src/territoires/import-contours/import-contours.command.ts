import path from 'node:path';
import { parseArgs } from 'node:util';
import { badUserInput } from '../../common/api-error';
import { REPO_ROOT } from '../../config/env';
import type { DatabaseCommand } from '../../context';
import { rebuildParentGeometry } from '../geometrie/rebuild-parent-geometry';
import { NiveauTerritorial } from '../territoire.enums';
import { importContours, type ImportContoursReport } from './import-contours.service';
import { readContoursFile } from './read-contours-file';

export interface ImportContoursArgs {
  file: string;
  niveau: NiveauTerritorial;
  proprieteCode: string;
  source: string;
  reconstruireParents: boolean;
  accepterInconnus: boolean;
}

const USAGE =
  'Usage : pnpm import:contours <fichier.geojson|fichier.zip, chemin absolu ou depuis la racine du dépôt> --niveau DEPARTEMENT --propriete-code code --source "IGN Admin Express COG 2018, Licence Ouverte" [--reconstruire-parents] [--accepter-inconnus]';

export function parseImportContoursArgs(args: string[], cwd: string): ImportContoursArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        niveau: { type: 'string' },
        'propriete-code': { type: 'string', default: 'code' },
        source: { type: 'string' },
        'reconstruire-parents': { type: 'boolean', default: false },
        'accepter-inconnus': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw badUserInput('arguments', `${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const niveau = values.niveau?.toUpperCase();
  if (positionals.length !== 1) throw badUserInput('fichier', `Un fichier attendu.\n${USAGE}`);
  if (!niveau || !(niveau in NiveauTerritorial)) throw badUserInput('niveau', `--niveau attendu parmi ${Object.values(NiveauTerritorial).join(', ')}.\n${USAGE}`);
  const source = values.source?.trim();
  if (!source) throw badUserInput('source', `--source attendu : la source nommée sera affichée avec le contour.\n${USAGE}`);
  return {
    file: path.resolve(cwd, positionals[0]!),
    niveau: niveau as NiveauTerritorial,
    proprieteCode: values['propriete-code'],
    source,
    reconstruireParents: values['reconstruire-parents'],
    accepterInconnus: values['accepter-inconnus'],
  };
}

export function formatImportReport(report: ImportContoursReport, args: ImportContoursArgs): string {
  const lines = [
    `${report.importes} contour(s) officiel(s) importé(s) au niveau ${args.niveau} (projection source EPSG:${report.srid}), source : ${args.source}.`,
  ];
  const list = (codes: string[]) => codes.slice(0, 30).join(', ') + (codes.length > 30 ? `, … (${codes.length - 30} de plus)` : '');
  if (report.codesInconnus.length > 0) {
    lines.push(`${report.codesInconnus.length} code(s) du fichier sans territoire correspondant (ignorés) : ${list(report.codesInconnus)}`);
  }
  if (report.territoiresSansContourOfficiel.length > 0) {
    lines.push(`${report.territoiresSansContourOfficiel.length} territoire(s) ${args.niveau} restent sans contour officiel : ${list(report.territoiresSansContourOfficiel)}`);
  }
  return lines.join('\n');
}

export const importContoursCommand: DatabaseCommand = {
  name: 'import:contours',
  description: 'Importe les contours officiels (GeoJSON ou Shapefile zippé) d’un niveau et les marque OFFICIELLE.',
  async run(args, services) {
    // The CLI runs in packages/api, and pnpm hands down the root script's directory as INIT_CWD: a relative
    // path is taken from the repository root.
    const parsed = parseImportContoursArgs(args, process.env.INIT_CWD ?? REPO_ROOT);
    const file = await readContoursFile(parsed.file, parsed.niveau, parsed.proprieteCode);
    const report = await importContours(services.db, file, {
      niveau: parsed.niveau,
      source: parsed.source,
      accepterInconnus: parsed.accepterInconnus,
      apresImport: async (tx) => {
        if (parsed.reconstruireParents) await rebuildParentGeometry(tx, parsed.niveau);
        // Poles are placed in territories by geometry: what derives from outlines follows in the same transaction.
        await services.derivees.apresEcritureTerritoires(tx);
      },
    });
    console.log(formatImportReport(report, parsed));
  },
};
