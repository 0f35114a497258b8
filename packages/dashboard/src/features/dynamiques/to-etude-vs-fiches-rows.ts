import { normalizeSearch } from '@poles-ess/shared';
import type { Pole, Territoire } from '../../graphql/generated/graphql';
import { toEtudeDetailRows, type ChiffreEtudeInput } from './to-etude-detail-rows';

/** Une fiche, avec son ancienne région (avant 2016), l'échelle de l'étude. */
export type PoleFicheInput = Pick<Pole, 'nom' | 'type' | 'statut'> & { ancienneRegion?: Pick<Territoire, 'nom'> | null };

export interface EtudeVsFichesRow {
  cle: string;
  libelle: string;
  perimetre: string;
  /** Le compte de l'étude ; null quand l'étude ne le donne pas. */
  etude: number | null;
  /** D'où vient le compte de l'étude : sa note citée, ou la ligne du tableau. */
  etudeDetail: string | null;
  source: string | null;
  fiches: number;
  /** Les fiches comptées, par nom (pour vérifier à la main). */
  fichesNoms: string[];
  fichesDetail: string;
}

interface Comparaison {
  cle: string;
  libelle: string;
  indicateur: string;
  perimetre: string;
  /** true : le nombre vient d'une note « dont N en … » de la ligne `indicateur` (périmètre France). */
  depuisNote?: boolean;
  fiches: (pole: PoleFicheInput) => boolean;
  fichesDetail: string;
}

const dansRegion = (pole: PoleFicheInput, nom: string) => normalizeSearch(pole.ancienneRegion?.nom ?? '') === normalizeSearch(nom);
const horsProjet = (pole: PoleFicheInput) => pole.statut !== 'PROJET';

// Chaque ligne met un compte de l'étude à côté de ce que contiennent ses 39 fiches, filtrées de la même façon.
const COMPARAISONS: Comparaison[] = [
  { cle: 'poles', libelle: 'Pôles (hors projets)', indicateur: 'poles recensés', perimetre: 'France', fiches: horsProjet, fichesDetail: 'fiches dont le statut n’est pas « en projet »' },
  { cle: 'projets', libelle: 'Projets de pôles', indicateur: 'projets de pôles recensés', perimetre: 'France', fiches: (p) => p.statut === 'PROJET', fichesDetail: 'fiches « en projet »' },
  { cle: 'associations', libelle: 'Associations de développement', indicateur: 'associations de développement', perimetre: 'France', fiches: (p) => p.type === 'ASSOCIATION_DEVELOPPEMENT' && horsProjet(p), fichesDetail: 'fiches de ce type, hors projets' },
  { cle: 'hebergement', libelle: 'Espaces d’hébergement', indicateur: "espaces d'hébergement", perimetre: 'France', fiches: (p) => p.type === 'ESPACE_HEBERGEMENT' && horsProjet(p), fichesDetail: 'fiches de ce type, hors projets' },
  { cle: 'hebergement-projets', libelle: 'Espaces d’hébergement en projet', indicateur: "espaces d'hébergement en projet", perimetre: 'France', fiches: (p) => p.type === 'ESPACE_HEBERGEMENT' && p.statut === 'PROJET', fichesDetail: 'fiches de ce type « en projet »' },
  { cle: 'centres', libelle: 'Centres multifonction', indicateur: 'centres multifonction', perimetre: 'France', fiches: (p) => p.type === 'CENTRE_MULTIFONCTION' && horsProjet(p), fichesDetail: 'fiches de ce type, hors projets' },
  { cle: 'centres-projets', libelle: 'Centres multifonction en projet', indicateur: 'centres multifonction en projet', perimetre: 'France', fiches: (p) => p.type === 'CENTRE_MULTIFONCTION' && p.statut === 'PROJET', fichesDetail: 'fiches de ce type « en projet »' },
  { cle: 'hebergement-rhone-alpes', libelle: 'Espaces d’hébergement', indicateur: "espaces d'hébergement", perimetre: 'Rhône-Alpes', depuisNote: true, fiches: (p) => p.type === 'ESPACE_HEBERGEMENT' && dansRegion(p, 'Rhône-Alpes'), fichesDetail: 'fiches de ce type situées en Rhône-Alpes (ancienne région)' },
  { cle: 'hebergement-bretagne', libelle: 'Espaces d’hébergement', indicateur: "espaces d'hébergement", perimetre: 'Bretagne', depuisNote: true, fiches: (p) => p.type === 'ESPACE_HEBERGEMENT' && dansRegion(p, 'Bretagne'), fichesDetail: 'fiches de ce type situées en Bretagne' },
  { cle: 'associations-bretagne', libelle: 'Associations de développement (actives)', indicateur: 'associations de développement', perimetre: 'Bretagne', depuisNote: true, fiches: (p) => p.type === 'ASSOCIATION_DEVELOPPEMENT' && dansRegion(p, 'Bretagne') && p.statut === 'ACTIF', fichesDetail: 'fiches bretonnes de ce type au statut « actif »' },
  { cle: 'associations-bretagne-projets', libelle: 'Associations de développement en projet', indicateur: 'associations de développement en projet', perimetre: 'Bretagne', fiches: (p) => p.type === 'ASSOCIATION_DEVELOPPEMENT' && dansRegion(p, 'Bretagne') && p.statut === 'PROJET', fichesDetail: 'fiches bretonnes de ce type « en projet »' },
  { cle: 'associations-bretagne-inconnu', libelle: 'Associations de développement au statut non donné', indicateur: '', perimetre: 'Bretagne', fiches: (p) => p.type === 'ASSOCIATION_DEVELOPPEMENT' && dansRegion(p, 'Bretagne') && p.statut === 'INCONNU', fichesDetail: 'fiches bretonnes de ce type dont l’étude ne dit pas si elles sont actives ou en projet' },
];

export function toEtudeVsFichesRows(chiffres: readonly ChiffreEtudeInput[], poles: readonly PoleFicheInput[]): EtudeVsFichesRow[] {
  const details = toEtudeDetailRows(chiffres);
  return COMPARAISONS.map((comparaison) => {
    let etude: number | null = null;
    let etudeDetail: string | null = null;
    let source: string | null = null;
    if (comparaison.depuisNote) {
      const detail = details.find((d) => d.indicateur === comparaison.indicateur && normalizeSearch(d.perimetre) === normalizeSearch(comparaison.perimetre));
      if (detail) [etude, etudeDetail, source] = [detail.valeur, `sur ${detail.total} en ${detail.totalPerimetre} : « ${detail.citation} »`, detail.source];
    } else {
      const chiffre = chiffres.find((c) => c.indicateur === comparaison.indicateur && normalizeSearch(c.perimetre) === normalizeSearch(comparaison.perimetre));
      if (chiffre) [etude, etudeDetail, source] = [chiffre.valeur, chiffre.note ? `« ${chiffre.note} »` : null, chiffre.source];
    }
    const comptees = poles.filter(comparaison.fiches);
    return {
      cle: comparaison.cle,
      libelle: comparaison.libelle,
      perimetre: comparaison.perimetre,
      etude,
      etudeDetail,
      source,
      fiches: comptees.length,
      fichesNoms: comptees.map((pole) => pole.nom).sort((a, b) => a.localeCompare(b, 'fr')),
      fichesDetail: comparaison.fichesDetail,
    };
  });
}
