import { parseArgs } from 'node:util';
import type { CliCommand } from '../cli/cli-command';
import { CliError } from '../cli/cli-error';
import { createJeton, listJetons, revokeJeton, type RoleJeton } from './jeton.service';

const ROLES: RoleJeton[] = ['editeur', 'admin'];

export const creerJetonCommand: CliCommand = {
  name: 'tokens:creer',
  description: 'Crée un jeton d’API : --role editeur|admin --nom "…" [--region 53]. Le jeton est affiché une seule fois.',
  async run(args, { dataSource }) {
    const { values } = parseArgs({ args, options: { role: { type: 'string' }, nom: { type: 'string' }, region: { type: 'string' } } });
    const role = values.role as RoleJeton | undefined;
    if (!role || !ROLES.includes(role)) throw new CliError('--role est obligatoire : editeur ou admin.');
    const nom = values.nom?.trim();
    if (!nom) throw new CliError('--nom est obligatoire (qui utilise ce jeton).');
    const codeRegion = values.region?.trim() || null;
    if (codeRegion && !/^\d{2}$/.test(codeRegion)) throw new CliError('--region attend un code INSEE de région (2016), ex. 53.');
    if (codeRegion && role !== 'editeur') throw new CliError('--region ne s’applique qu’au rôle editeur.');
    const { jeton, secret } = await createJeton(dataSource, { nom, role, codeRegion });
    console.log(`Jeton créé : id ${jeton.id}, rôle ${role}${codeRegion ? `, limité à la région ${codeRegion}` : ''}.`);
    console.log('Conservez-le maintenant, il ne sera plus affiché :');
    console.log(secret);
  },
};

export const revoquerJetonCommand: CliCommand = {
  name: 'tokens:revoquer',
  description: 'Révoque un jeton : --id <uuid>.',
  async run(args, { dataSource }) {
    const { values } = parseArgs({ args, options: { id: { type: 'string' } } });
    if (!values.id) throw new CliError('--id est obligatoire (voir pnpm tokens:lister).');
    const jeton = await revokeJeton(dataSource, values.id);
    if (!jeton) throw new CliError(`Aucun jeton d’id ${values.id}.`);
    console.log(`Jeton « ${jeton.nom} » révoqué.`);
  },
};

export const listerJetonsCommand: CliCommand = {
  name: 'tokens:lister',
  description: 'Liste les jetons (sans leur secret).',
  async run(_args, { dataSource }) {
    const jetons = await listJetons(dataSource);
    if (jetons.length === 0) console.log('Aucun jeton.');
    for (const j of jetons) {
      const etat = j.revoqueLe ? `révoqué le ${new Date(j.revoqueLe).toISOString()}` : 'actif';
      console.log(`${j.id}  ${j.role}${j.codeRegion ? ` (région ${j.codeRegion})` : ''}  « ${j.nom} »  ${etat}`);
    }
  },
};
