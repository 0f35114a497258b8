import path from 'node:path';
import { parseArgs } from 'node:util';
import { ApiError, badUserInput } from '../common/api-error';
import { readTextFile } from '../common/csv/read-text-file';
import { sql } from '../common/sql';
import type { DatabaseCommand } from '../context';
import { formatImportReport, importPolesCsv } from './import-poles';

export const importPolesCommand: DatabaseCommand = {
  name: 'import:poles',
  description: 'Importe des pôles depuis un CSV (colonnes de poles-etude.csv ; « ; » ou « , ») : tout ou rien.',
  async run(args, services, options = {}) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    const [fichier] = positionals;
    if (!fichier) throw badUserInput('fichier', 'Usage : pnpm import:poles fichier.csv');
    const debut = Date.now();
    const { chemin, texte } = readTextFile(fichier);
    const [row] = await services.db.query<{ n: number }>(sql`SELECT count(*)::int AS n FROM territoire`);
    const report = await importPolesCsv(services, texte, {
      viewer: { role: 'admin', jetonId: null, nom: `import:poles ${path.basename(chemin)}`, codeRegion: null },
      codesInconnus: (row?.n ?? 0) > 0 ? 'erreur' : 'avertissement',
      onProgress: (message) => console.log(message),
      signal: options.signal,
    });
    if (report.erreurs.length > 0) throw new ApiError('BAD_USER_INPUT', formatImportReport(report));
    console.log(`${formatImportReport(report)}\nDurée : ${((Date.now() - debut) / 1000).toFixed(1)} s.`);
  },
};
