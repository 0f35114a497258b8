import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { sql } from '../common/sql';
import type { Viewer } from '../common/viewer';
import type { AppServices, SeedStep } from '../context';
import type { Executor } from '../database/executor';
import { writeAnalyseAudit } from './analyse-write.service';

const DATA = path.resolve(__dirname, '../../data/etude/analyses-territoriales.json');
const SOURCE_ETUDE = "Étude « Les pôles de développement de l'économie sociale et solidaire en France » (vers 2010)";

const ref = z.object({ niveau: z.enum(NIVEAUX_TERRITORIAUX), code: z.string() });
const SCHEMA = z.array(z.object({
  territoire: ref,
  titre: z.string(),
  focus: z.array(ref.extend({ cite: z.string() })),
  dynamiquesActeurs: z.string().nullable(),
  politiquesCollectivites: z.string().nullable(),
  axesDeveloppement: z.string().nullable(),
  partieEtude: z.string(),
}));

const CHARGEMENT: Viewer = { role: 'admin', jetonId: null, nom: "chargement initial (notes de l'étude)", codeRegion: null };

// The study's six notes (data/etude/README.md): what its text says, nothing more; each with the part it quotes.
export async function insertAnalysesEtude(tx: Executor): Promise<number> {
  const notes = SCHEMA.parse(JSON.parse(fs.readFileSync(DATA, 'utf8')));
  for (const n of notes) {
    const [row] = await tx.query<{ id: string }>(sql`
      INSERT INTO analyse_territoriale (niveau, code, titre, focus, dynamiques_acteurs, politiques_collectivites, axes_developpement, source)
      VALUES (${n.territoire.niveau}, ${n.territoire.code}, ${n.titre}, ${JSON.stringify(n.focus)}::jsonb, ${n.dynamiquesActeurs},
        ${n.politiquesCollectivites}, ${n.axesDeveloppement}, ${`${SOURCE_ETUDE}, ${n.partieEtude}`}) RETURNING id`);
    const { partieEtude: _partie, territoire, ...champs } = n;
    const valeurs = { ...territoire, ...champs };
    const changements = Object.fromEntries(Object.entries(valeurs).filter(([, v]) => v !== null).map(([k, v]) => [k, { avant: null, apres: v }]));
    await writeAnalyseAudit(tx, row!.id, 'IMPORT', CHARGEMENT, changements);
  }
  return notes.length;
}

// Loaded once: a note an editor deleted does not come back at the next start (the row stays, marked deleted).
export const analysesSeedStep: SeedStep = {
  name: "notes d'analyses territoriales",
  async isLoaded({ db }: AppServices) {
    const [row] = await db.query<{ charge: boolean }>(sql`SELECT EXISTS (SELECT 1 FROM analyse_territoriale) AS charge`);
    return Boolean(row?.charge);
  },
  async load({ db }, log) {
    const n = await db.transaction((tx) => insertAnalysesEtude(tx));
    log(`  ${n} notes de l'étude`);
  },
};
