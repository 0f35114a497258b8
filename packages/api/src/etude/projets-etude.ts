import { NIVEAUX_TERRITORIAUX, PRECISIONS_POSITION, STATUTS_POLE, TYPES_POLE, TYPE_POLE_LABELS } from '@poles-ess/shared';
import { z } from 'zod';
import { readEtudeJson, SOURCE_ETUDE } from './etude-data';
import type { ProjetEtude } from './projet-etude.type';

const SCHEMA = z.array(z.object({
  id: z.string(),
  libelle: z.string(),
  type: z.enum(TYPES_POLE),
  nombre: z.number().int().positive(),
  dateAnnoncee: z.string().nullable(),
  anneeAnnoncee: z.number().int().nullable(),
  surfaceM2: z.number().int().positive().nullable(),
  lieu: z.string().nullable(),
  territoire: z.object({ niveau: z.enum(NIVEAUX_TERRITORIAUX), code: z.string() }),
  precisionLieu: z.enum(PRECISIONS_POSITION),
  extrait: z.string(),
  partieEtude: z.string(),
  correspondance: z.object({ statuts: z.array(z.enum(STATUTS_POLE)).nullable() }),
}));

// The rule, said in words: the same rule is what polesCorrespondants runs.
function describeMatch(type: ProjetEtude['type'], niveau: string, code: string, statuts: ProjetEtude['statutsCorrespondance']): string {
  const lieu = `situé dans le territoire ${niveau} ${code} (table des territoires de chaque pôle)`;
  const statut = statuts ? `de statut ${statuts.join(' ou ')}` : 'de tout statut (le projet a pu ouvrir ou fermer depuis l’étude)';
  return `Pôles non supprimés de même type (${TYPE_POLE_LABELS[type].toLowerCase()}), ${lieu}, ${statut}.`;
}

let cached: ProjetEtude[] | null = null;

export function listProjetsEtude(): ProjetEtude[] {
  cached ??= readEtudeJson('projets-etude.json', SCHEMA).map(({ territoire, correspondance, ...p }) => ({
    ...p,
    statut: 'PROJET' as const,
    niveau: territoire.niveau,
    code: territoire.code,
    source: `${SOURCE_ETUDE}, ${p.partieEtude}`,
    statutsCorrespondance: correspondance.statuts,
    methodeCorrespondance: describeMatch(p.type, territoire.niveau, territoire.code, correspondance.statuts),
  }));
  return cached;
}
