import { parseArgs } from 'node:util';
import { ApiError, badUserInput } from '../common/api-error';
import { formatErreurs } from '../common/csv/format-erreurs';
import { readTextFile } from '../common/csv/read-text-file';
import type { DatabaseCommand } from '../context';
import { importPointsCsv } from './points-import.service';

const USAGE = 'Usage : pnpm import:points fichier.csv --couche NOM --source "…" [--synthetique]';

export const importPointsCommand: DatabaseCommand = {
  name: 'import:points',
  description: 'Importe une couche de points (CSV lon, lat, categorie, poids, source) : --couche NOM --source "…" [--synthetique].',
  async run(args, { db }) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { couche: { type: 'string' }, source: { type: 'string' }, synthetique: { type: 'boolean', default: false } },
    });
    const [fichier] = positionals;
    if (!fichier || !values.couche || !values.source) throw badUserInput('arguments', USAGE);
    if (!/^[\p{L}\p{N}_. -]{1,100}$/u.test(values.couche)) throw badUserInput('couche', '--couche : 1 à 100 lettres, chiffres, espaces, « _ », « - » ou « . ».');
    if (values.source.trim().length === 0 || values.source.length > 1000) throw badUserInput('source', '--source : 1 à 1 000 caractères.');
    const { texte } = readTextFile(fichier);
    const resultat = await importPointsCsv(db, texte, { nom: values.couche, source: values.source, synthetique: values.synthetique });
    if (!resultat.ok) throw new ApiError('BAD_USER_INPUT', formatErreurs(resultat.erreurs));
    console.log(`${resultat.points} point(s) dans la couche « ${values.couche} »${values.synthetique ? ' (synthétique)' : ''}.`);
  },
};
