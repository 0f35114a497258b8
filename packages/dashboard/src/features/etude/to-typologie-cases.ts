import type { TypePole } from '../../graphql/generated/graphql';

export interface ChiffreEtudeLu {
  indicateur: string;
  perimetre: string;
  valeur: number;
  note?: string | null;
}

export interface CompteEtude {
  valeur: number;
  perimetre: string;
  note: string | null;
}

export interface CaseTypologie {
  type: TypePole;
  physique: boolean;
  multifonction: boolean;
  libelle: string;
  fonctions: string;
  recenses: CompteEtude | null;
  projets: CompteEtude | null;
  fiches: number | null;
}

// The study's rows counting each type (etude-chiffres.csv): its census, then its projects.
const INDICATEURS: Record<TypePole, { recenses: string; projets: string }> = {
  ASSOCIATION_DEVELOPPEMENT: { recenses: 'associations de développement', projets: 'associations de développement en projet' },
  ESPACE_HEBERGEMENT: { recenses: "espaces d'hébergement", projets: "espaces d'hébergement en projet" },
  CENTRE_MULTIFONCTION: { recenses: 'centres multifonction', projets: 'centres multifonction en projet' },
};

function compte(chiffres: readonly ChiffreEtudeLu[], indicateur: string): CompteEtude | null {
  const ligne = chiffres.find((c) => c.indicateur === indicateur);
  return ligne ? { valeur: ligne.valeur, perimetre: ligne.perimetre, note: ligne.note ?? null } : null;
}

// Each box of the typology diagram: the study's words, its counts (null when it gives none) and the fiches'.
export function toTypologieCases(
  typologie: readonly { type: TypePole; physique: boolean; multifonction: boolean; libelle: string; fonctions: string }[],
  chiffres: readonly ChiffreEtudeLu[],
  fiches: Partial<Record<TypePole, number>>,
): CaseTypologie[] {
  return typologie.map((t) => ({
    type: t.type,
    physique: t.physique,
    multifonction: t.multifonction,
    libelle: t.libelle,
    fonctions: t.fonctions,
    recenses: compte(chiffres, INDICATEURS[t.type].recenses),
    projets: compte(chiffres, INDICATEURS[t.type].projets),
    fiches: fiches[t.type] ?? null,
  }));
}
