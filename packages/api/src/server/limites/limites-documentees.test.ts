import fs from 'node:fs';
import path from 'node:path';
import { LIMITE_REPONSE, LIMITES_REQUETE } from '../../common/limites-requete';
import { DEFAULT_FIRST, MAX_FIRST } from '../../common/pagination';
import { readEnv, REPO_ROOT } from '../../config/env';
import { MAX_DOCUMENTS } from '../../poles/fiche.validators';
import { LIMITE_CORPS } from '../graphql-handler';

// The README's « Fiabilité » table and docs/fiabilite-requetes.md give clients the limits' values: they are the
// code's, not a copy that drifts. Each row's first cell names the limit, its second cell is the value.
const nombre = (n: number) => n.toLocaleString('en-US');
const mo = (octets: number) => `${octets / 1024 / 1024} MB`;
const { DATABASE_STATEMENT_TIMEOUT_MS, DATABASE_LOCK_TIMEOUT_MS } = readEnv({});

const VALEURS: Record<string, string> = {
  'request body': mo(LIMITE_CORPS),
  ...Object.fromEntries(Object.entries(LIMITES_REQUETE).map(([limite, valeur]) => [`\`${limite}\``, nombre(valeur)])),
  '`tailleReponse`': mo(LIMITE_REPONSE),
  'page size (`first`)': nombre(MAX_FIRST),
  '`dureeRequeteSql`': `${DATABASE_STATEMENT_TIMEOUT_MS / 1000} s`,
  '`attenteVerrou`': `${DATABASE_LOCK_TIMEOUT_MS / 1000} s`,
  'documents of a fiche': nombre(MAX_DOCUMENTS),
};

function lignes(texte: string): Map<string, string[]> {
  const rangs = new Map<string, string[]>();
  for (const ligne of texte.split('\n')) {
    if (!ligne.startsWith('| ')) continue;
    const [nom, ...cellules] = ligne.split(' | ').map((c) => c.replace(/^\| /, '').trim());
    rangs.set(nom!, cellules);
  }
  return rangs;
}

function section(fichier: string, titre: string): string {
  const texte = fs.readFileSync(path.join(REPO_ROOT, fichier), 'utf8');
  const debut = texte.indexOf(`\n${titre}\n`);
  expect(debut).toBeGreaterThanOrEqual(0);
  const fin = texte.indexOf('\n## ', debut + titre.length + 2);
  return texte.slice(debut, fin < 0 ? undefined : fin);
}

describe('limits documented for clients', () => {
  it('gives in the README « Fiabilité » table every limit with the value the code enforces', () => {
    const rangs = lignes(section('README.md', '## Fiabilité'));
    const lus = Object.fromEntries(Object.keys(VALEURS).map((nom) => [nom, rangs.get(nom)?.[0] ?? 'absente du tableau']));
    expect(lus).toEqual(VALEURS);
    expect(rangs.get('page size (`first`)')?.[1]).toContain(`(${DEFAULT_FIRST} when not asked)`);
  });

  it('gives in docs/fiabilite-requetes.md the same values for the limits it lists', () => {
    const rangs = lignes(fs.readFileSync(path.join(REPO_ROOT, 'docs/fiabilite-requetes.md'), 'utf8'));
    const listees = Object.keys(VALEURS).filter((nom) => rangs.has(nom) && !rangs.get(nom)![0]!.startsWith('see '));
    expect(listees.length).toBeGreaterThanOrEqual(Object.keys(LIMITES_REQUETE).length);
    expect(Object.fromEntries(listees.map((nom) => [nom, rangs.get(nom)![0]]))).toEqual(Object.fromEntries(listees.map((nom) => [nom, VALEURS[nom]])));
  });
});
