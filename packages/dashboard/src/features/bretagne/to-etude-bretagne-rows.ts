import { normalizeSearch, type StatutPole, type TypePole } from '@poles-ess/shared';
import type { ChiffreEtude, Pole } from '../../graphql/generated/graphql';

type ChiffreEtudeInput = Pick<ChiffreEtude, 'indicateur' | 'perimetre' | 'valeur' | 'source'>;
type PoleTypeStatut = Pick<Pole, 'type' | 'statut'>;

export interface EtudeBretagneRow {
  libelle: string;
  /** What the study's conclusions say; null when the study gives no figure. */
  etude: number | null;
  etudeSource: string | null;
  /** What the project's data (the fiches located in région 53) say. */
  donnees: number;
}

function findChiffre(chiffres: readonly ChiffreEtudeInput[], indicateur: string): ChiffreEtudeInput | null {
  const wanted = normalizeSearch(indicateur);
  return chiffres.find((c) => normalizeSearch(c.perimetre) === 'bretagne' && normalizeSearch(c.indicateur) === wanted) ?? null;
}

function count(poles: readonly PoleTypeStatut[], type: TypePole, statuts?: StatutPole[]): number {
  return poles.filter((p) => p.type === type && (!statuts || statuts.includes(p.statut))).length;
}

// Les « éléments de conclusion » de l'étude face aux fiches : l'écart vient des statuts que l'étude ne donne pas.
export function toEtudeBretagneRows(chiffres: readonly ChiffreEtudeInput[], poles: readonly PoleTypeStatut[]): EtudeBretagneRow[] {
  const actives = findChiffre(chiffres, "associations d'acteurs");
  const projets = findChiffre(chiffres, "associations d'acteurs en projet");
  const pepiniere = findChiffre(chiffres, 'pépinière ESS');
  return [
    { libelle: 'Associations de développement actives', etude: actives?.valeur ?? null, etudeSource: actives?.source ?? null, donnees: count(poles, 'ASSOCIATION_DEVELOPPEMENT', ['ACTIF']) },
    { libelle: 'Associations de développement en projet', etude: projets?.valeur ?? null, etudeSource: projets?.source ?? null, donnees: count(poles, 'ASSOCIATION_DEVELOPPEMENT', ['PROJET']) },
    { libelle: 'Associations de développement au statut non renseigné', etude: null, etudeSource: null, donnees: count(poles, 'ASSOCIATION_DEVELOPPEMENT', ['INCONNU']) },
    { libelle: 'Pépinière / espace d’hébergement', etude: pepiniere?.valeur ?? null, etudeSource: pepiniere?.source ?? null, donnees: count(poles, 'ESPACE_HEBERGEMENT') },
    { libelle: 'Centres multifonction', etude: null, etudeSource: null, donnees: count(poles, 'CENTRE_MULTIFONCTION') },
  ];
}
