import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import { CHAMPS_FICHE } from './champ-fiche.decorator';
import { graphieEtude, type CodecCsv } from './fiche-csv.codecs';
import './pole.entity';

// The columns of the study's file (poles-etude.csv), in its order: exports start with them.
export const COLONNES_ETUDE = [
  'nom',
  'type_fiche',
  'statut_dans_etude',
  'territoire_tel_que_cite',
  'niveau_territoire',
  'code_territoire',
  'commune_siege',
  'code_commune_siege',
  'monographie',
  'description_monographie',
  'note',
  'annee_statut',
  'type_selon_monographie',
  'source',
] as const;

// Each fiche field with its CSV codec (pole.entity.ts), in declaration order.
export const CODECS_FICHE: { champ: string; codec: CodecCsv }[] = CHAMPS_FICHE.flatMap((c) => (c.csv ? [{ champ: c.property, codec: c.csv }] : []));

// Every column of imports and exports: the study's, the import key, then every other fiche field's.
export const COLONNES_CSV: readonly string[] = [
  ...new Set([...COLONNES_ETUDE, 'slug', ...CODECS_FICHE.flatMap((c) => c.codec.colonnes)]),
];

export const COLONNES_OBLIGATOIRES: readonly string[] = CODECS_FICHE.filter((c) => c.codec.obligatoire).flatMap((c) => c.codec.colonnes);

// The territory of action's level as the study writes it; « autre » = not an official level (free text).
export const NIVEAUX_ETUDE: Record<string, string | null> = {
  ...Object.fromEntries(NIVEAUX_TERRITORIAUX.map((n) => [graphieEtude(n), n])),
  autre: null,
};

// The CSV column of a fiche field (for error messages: the user knows the file, not the API).
export function colonneDe(champ: string): string {
  const racine = champ.split('.')[0]!;
  if (racine === 'territoireAction') return champ.endsWith('code') ? 'code_territoire' : 'territoire_tel_que_cite';
  return CODECS_FICHE.find((c) => c.champ === racine)?.codec.colonnes[0] ?? champ;
}
