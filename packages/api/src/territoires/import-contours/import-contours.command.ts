import path from 'node:path';
import type { CliCommand } from '../../cli/cli-command';
import { REPO_ROOT } from '../../config/env';
import { CliError } from '../../cli/cli-error';
import { rebuildParentGeometry } from '../geometrie/rebuild-parent-geometry';
import { recomputePoleTerritoires } from '../../poles/recompute-pole-territoires';
import { refreshCouvertureCommunes } from '../../analyses/couverture-communes.refresh';
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
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--reconstruire-parents' || arg === '--accepter-inconnus') flags.add(arg);
    else if (arg.startsWith('--')) {
      const [name, inline] = arg.split(/=(.*)/s);
      const value = inline ?? args[++i];
      if (value === undefined) throw new CliError(`Valeur manquante pour ${name}.\n${USAGE}`);
      values.set(name!, value);
    } else positional.push(arg);
  }
  const niveau = values.get('--niveau')?.toUpperCase();
  if (positional.length !== 1) throw new CliError(`Un fichier attendu.\n${USAGE}`);
  if (!niveau || !(niveau in NiveauTerritorial)) throw new CliError(`--niveau attendu parmi ${Object.values(NiveauTerritorial).join(', ')}.\n${USAGE}`);
  const source = values.get('--source')?.trim();
  if (!source) throw new CliError(`--source attendu : la source nommée sera affichée avec le contour.\n${USAGE}`);
  return {
    file: path.resolve(cwd, positional[0]!),
    niveau: niveau as NiveauTerritorial,
    proprieteCode: values.get('--propriete-code') ?? 'code',
    source,
    reconstruireParents: flags.has('--reconstruire-parents'),
    accepterInconnus: flags.has('--accepter-inconnus'),
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

export const importContoursCommand: CliCommand = {
  name: 'import:contours',
  description: 'Importe les contours officiels (GeoJSON ou Shapefile zippé) d’un niveau et les marque OFFICIELLE.',
  async run(args, context) {
    // The CLI runs in packages/api, and pnpm hands down the root script's directory as INIT_CWD: a relative
    // path is taken from the repository root.
    const parsed = parseImportContoursArgs(args, process.env.INIT_CWD ?? REPO_ROOT);
    const file = await readContoursFile(parsed.file, parsed.niveau, parsed.proprieteCode);
    const report = await importContours(context.dataSource, file, {
      niveau: parsed.niveau,
      source: parsed.source,
      accepterInconnus: parsed.accepterInconnus,
      apresImport: async (manager) => {
        if (parsed.reconstruireParents) await rebuildParentGeometry(manager, parsed.niveau);
        // Poles are placed in territories by geometry: relink them in the same transaction.
        await recomputePoleTerritoires(manager);
        await refreshCouvertureCommunes(manager);
      },
    });
    console.log(formatImportReport(report, parsed));
  },
};
