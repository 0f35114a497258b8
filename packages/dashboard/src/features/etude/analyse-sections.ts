import type { AnalyseCard_AnalyseFragment } from '../../graphql/generated/graphql';

// The study's three questions, in its order: the sections of every territorial note.
export const SECTIONS_ANALYSE = [
  { champ: 'dynamiquesActeurs', question: 'Quelles dynamiques entre les acteurs ?' },
  { champ: 'politiquesCollectivites', question: 'Quelles politiques ESS des collectivités locales ?' },
  { champ: 'axesDeveloppement', question: 'Quels axes de développement ?' },
] as const satisfies readonly { champ: keyof AnalyseCard_AnalyseFragment; question: string }[];

export type ChampSection = (typeof SECTIONS_ANALYSE)[number]['champ'];

export type TexteAnalyse = Record<ChampSection | 'source', string>;

export function toTexteAnalyse(analyse: AnalyseCard_AnalyseFragment): TexteAnalyse {
  return {
    dynamiquesActeurs: analyse.dynamiquesActeurs ?? '',
    politiquesCollectivites: analyse.politiquesCollectivites ?? '',
    axesDeveloppement: analyse.axesDeveloppement ?? '',
    source: analyse.source ?? '',
  };
}

// What the editor sends: an empty box is « non renseigné » (null), as the API stores it.
export function toDonneesAnalyse(texte: TexteAnalyse) {
  const valeur = (v: string) => (v.trim() === '' ? null : v);
  return {
    dynamiquesActeurs: valeur(texte.dynamiquesActeurs),
    politiquesCollectivites: valeur(texte.politiquesCollectivites),
    axesDeveloppement: valeur(texte.axesDeveloppement),
    source: valeur(texte.source),
  };
}
