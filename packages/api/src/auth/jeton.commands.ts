import { parseArgs } from 'node:util';
import { badUserInput, notFound } from '../common/api-error';
import { sql } from '../common/sql';
import { ROLES_JETON, type RoleJeton } from '../common/viewer';
import type { DatabaseCommand } from '../context';
import { createJeton, listJetons, revokeJeton } from './jeton.service';

export const creerJetonCommand: DatabaseCommand = {
  name: 'jetons:creer',
  description: 'Crée un jeton d’API : --role editeur|admin --nom "…" [--region 53]. Le jeton est affiché une seule fois.',
  async run(args, { db }) {
    const { values } = parseArgs({ args, options: { role: { type: 'string' }, nom: { type: 'string' }, region: { type: 'string' } } });
    const role = values.role as RoleJeton | undefined;
    if (!role || !ROLES_JETON.includes(role)) throw badUserInput('role', '--role est obligatoire : editeur ou admin.');
    const nom = values.nom?.trim();
    if (!nom) throw badUserInput('nom', '--nom est obligatoire (qui utilise ce jeton).');
    const codeRegion = values.region?.trim() || null;
    if (codeRegion && !/^\d{2}$/.test(codeRegion)) throw badUserInput('region', '--region attend un code INSEE de région (2016), ex. 53.');
    if (codeRegion && role !== 'editeur') throw badUserInput('region', '--region ne s’applique qu’au rôle editeur.');
    if (codeRegion && (await db.query(sql`SELECT 1 FROM territoire WHERE niveau = 'REGION' AND code = ${codeRegion}`)).length === 0) {
      throw badUserInput('region', `--region ${codeRegion} : aucune région de ce code dans le référentiel (régions de 2016, ex. 53 pour la Bretagne).`);
    }
    const { jeton, secret } = await createJeton(db, { nom, role, codeRegion });
    console.log(`Jeton créé : id ${jeton.id}, rôle ${role}${codeRegion ? `, limité à la région ${codeRegion}` : ''}.`);
    console.log('Conservez-le maintenant, il ne sera plus affiché :');
    console.log(secret);
  },
};

export const revoquerJetonCommand: DatabaseCommand = {
  name: 'jetons:revoquer',
  description: 'Révoque un jeton : --id <uuid>.',
  async run(args, { db }) {
    const { values } = parseArgs({ args, options: { id: { type: 'string' } } });
    if (!values.id) throw badUserInput('id', '--id est obligatoire (voir pnpm jetons:lister).');
    const jeton = await revokeJeton(db, values.id);
    if (!jeton) throw notFound(`Aucun jeton d’id ${values.id}.`);
    console.log(`Jeton « ${jeton.nom} » révoqué.`);
  },
};

export const listerJetonsCommand: DatabaseCommand = {
  name: 'jetons:lister',
  description: 'Liste les jetons (sans leur secret).',
  async run(_args, { db }) {
    const jetons = await listJetons(db);
    if (jetons.length === 0) console.log('Aucun jeton.');
    for (const j of jetons) {
      const etat = j.revoqueLe ? `révoqué le ${new Date(j.revoqueLe).toISOString()}` : 'actif';
      console.log(`${j.id}  ${j.role}${j.codeRegion ? ` (région ${j.codeRegion})` : ''}  « ${j.nom} »  ${etat}`);
    }
  },
};
