import { formatNombre, type NiveauTerritorial } from '@poles-ess/shared';
import { DenominateurEmploi, UniteFamilles } from './emploi-ess.enums';
import type { EmploiEss } from './emploi-ess.entity';
import type { EmploiEssFiche } from './emploi-ess-fiche.type';

const DU_TERRITOIRE: Record<NiveauTerritorial, string> = {
  COMMUNE: 'de la commune',
  EPCI: "de l'intercommunalité",
  PAYS: 'du Pays',
  DEPARTEMENT: 'du département',
  REGION: 'de la région',
  ANCIENNE_REGION: 'de la région',
  FRANCE: 'de France',
};

function pourcentage(value: number): string {
  return `${formatNombre(value, Number.isInteger(value) ? 0 : 1)} %`;
}

// The denominator as the fiche phrases it; an « other » denominator keeps the source's own words.
function phraseDenominateur(e: EmploiEss): string {
  const lieu = DU_TERRITOIRE[e.niveau];
  switch (e.denominateur) {
    case DenominateurEmploi.EMPLOI_SALARIE_TOTAL:
      return `des effectifs salariés ${lieu}`;
    case DenominateurEmploi.EMPLOI_PRIVE:
      return `de l'emploi salarié privé ${lieu}`;
    case DenominateurEmploi.AUTRE:
      return `de l'${e.denominateurLibelle ?? 'emploi (dénominateur non précisé)'} ${lieu}`;
    case null:
      return `d'un total que la source ne précise pas`;
  }
}

// Le gabarit de la fiche : « ..... emplois dans l'économie sociale et solidaire, soit % des effectifs salariés
// de la région ». Unknown parts are said to be unknown, never printed as a number.
export function buildEmploiFiche(e: EmploiEss): EmploiEssFiche {
  const plusDe = e.borneInferieure ? 'plus de ' : '';
  const unite = e.uniteEffectif === 'EQTP' ? 'emplois en équivalent temps plein' : 'emplois';
  const effectif =
    e.effectifSalarie !== null
      ? `${e.borneInferieure ? 'Plus de ' : ''}${formatNombre(e.effectifSalarie)} ${unite} dans l'économie sociale et solidaire`
      : "Nombre d'emplois dans l'économie sociale et solidaire non renseigné";
  const part =
    e.partEmploi !== null
      ? `soit ${plusDe}${pourcentage(e.partEmploi)} ${phraseDenominateur(e)}`
      : 'part dans l’emploi salarié non renseignée';
  const editeur = e.source.editeur && !e.source.titre.startsWith(e.source.editeur) ? ` (${e.source.editeur})` : '';
  const secondaire = e.sourceSecondaire ? ', lu dans une source secondaire' : '';
  return {
    texte: `${effectif}, ${part} (${e.anneeNature === 'DONNEES' ? String(e.annee) : phraseAnnee(e)}).`,
    texteFamilles: buildTexteFamilles(e),
    texteSource: `Source : ${e.source.titre}${editeur}${secondaire} ; ${phraseAnnee(e)}.`,
    emploi: e,
  };
}

function phraseAnnee(e: EmploiEss): string {
  switch (e.anneeNature) {
    case 'DONNEES':
      return `données ${e.annee}`;
    case 'PUBLICATION':
      return `publié en ${e.annee}, millésime non précisé`;
    case 'DEDUITE':
      return `données ${e.annee}, année déduite`;
    case 'INCONNUE':
      return 'année non précisée';
  }
}

function buildTexteFamilles(e: EmploiEss): string | null {
  const { associations, cooperatives, mutuelles, fondations } = e;
  if (e.uniteFamilles === null) return null;
  if (e.uniteFamilles === UniteFamilles.EFFECTIF) {
    const phrase = (v: number | null, dans: string, pour: string) =>
      v === null ? `effectif non renseigné pour ${pour}` : `${formatNombre(v)} personnes travaillent dans ${dans}`;
    const mf = mutuelles === null || fondations === null ? null : mutuelles + fondations;
    return `${[
      phrase(associations, 'une association', 'les associations'),
      phrase(cooperatives, 'une coopérative', 'les coopératives'),
      phrase(mf, 'une entreprise mutualiste ou dans une fondation', 'les mutuelles et fondations'),
    ].join(' ; ')}.`;
  }
  const p = (v: number | null) => (v === null ? 'non renseigné' : pourcentage(v));
  return `Part des emplois de l'ESS : associations ${p(associations)}, coopératives ${p(cooperatives)}, mutuelles ${p(mutuelles)}, fondations ${p(fondations)}.`;
}
