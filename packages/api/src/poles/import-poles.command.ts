import fs from 'node:fs';
import path from 'node:path';
import type { CliCommand } from '../cli/cli-command';
import { CliError } from '../cli/cli-error';
import { importPolesCsv, type ImportReport } from './import-poles';

export function formatImportReport(report: ImportReport): string {
  const lines = report.erreurs.map((e) => `  ligne ${e.ligne}, ${e.champ} : ${e.message}`);
  const warnings = report.avertissements.map((e) => `  ligne ${e.ligne}, ${e.champ} : ${e.message} (position inconnue)`);
  if (report.erreurs.length > 0) {
    return [`Import refusé, rien n'a été écrit : ${report.erreurs.length} erreur(s).`, ...lines].join('\n');
  }
  return [
    `Import terminé : ${report.crees} créé(s), ${report.modifies} modifié(s), ${report.inchanges} inchangé(s)` +
      (report.supprimesIgnores ? `, ${report.supprimesIgnores} supprimé(s) laissé(s) tel(s) quel(s).` : '.'),
    ...(warnings.length > 0 ? ['Avertissements :', ...warnings] : []),
  ].join('\n');
}

export const importPolesCommand: CliCommand = {
  name: 'import:poles',
  description: 'Importe des pôles depuis un CSV (colonnes de poles-etude.csv ; « ; » ou « , ») : tout ou rien.',
  async run(args, { dataSource }) {
    const [file] = args;
    if (!file) throw new CliError('Usage : pnpm import:poles fichier.csv');
    // pnpm runs the command from packages/api: resolve the path from where the user typed it.
    const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
    if (!fs.existsSync(resolved)) throw new CliError(`Fichier introuvable : ${resolved}`);
    const [row] = (await dataSource.query(`SELECT count(*)::int AS n FROM territoire`)) as { n: number }[];
    const n = row?.n ?? 0;
    const report = await importPolesCsv(dataSource, fs.readFileSync(resolved, 'utf8'), {
      viewer: { role: 'admin', tokenId: null, nom: `import:poles ${path.basename(resolved)}`, codeRegion: null },
      codesInconnus: n > 0 ? 'erreur' : 'avertissement',
    });
    if (report.erreurs.length > 0) throw new CliError(formatImportReport(report));
    console.log(formatImportReport(report));
  },
};
