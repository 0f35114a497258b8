import { NATURES_ANNEE, UNITES_EFFECTIF, type NatureAnnee, type UniteEffectif } from '@poles-ess/shared';

export interface QualiteLue {
  anneeNature: NatureAnnee;
  uniteEffectif: UniteEffectif;
  borneInferieure: boolean;
  sourceSecondaire: boolean;
  sourceUrl: string | null;
}

type Texte = (colonne: string) => string | null;
type Signaler = (champ: string, message: string) => void;

// The typed columns of a figure (annee_nature, unite_effectif, borne_inferieure, source_secondaire, url). A file
// in the facts' format has only notes: then each is read from what the note (and the citation) says, with the
// words the facts use (« année = publication », « déduit », « EQTP », « plus de », « source secondaire »,
// « repris par »).
export function readQualite(texte: Texte, annee: number | null, signaler: Signaler): QualiteLue {
  const note = texte('note') ?? '';
  const source = texte('source') ?? '';
  const nature = readEnum(texte('annee_nature'), NATURES_ANNEE, 'annee_nature', signaler);
  const anneeNature = nature ?? deduceNatureAnnee(annee, note);
  // An empty year is accepted only when the file says the source gives none (annee_nature, or a note « non
  // précisé(e) » as the facts write it): a forgotten cell is refused, not stored as unknown.
  if (annee === null && nature === null && !ANNEE_NON_PRECISEE.test(note)) {
    signaler('annee', 'année manquante : donnez-la, ou annee_nature = INCONNUE si la source n’en donne pas');
  } else if (annee === null && anneeNature !== 'INCONNUE') signaler('annee', `année vide alors que annee_nature = ${anneeNature}`);
  if (annee !== null && anneeNature === 'INCONNUE') signaler('annee_nature', 'annee_nature = INCONNUE alors que l’année est donnée');
  const url = texte('url');
  if (url !== null && !/^https?:\/\/\S+$/.test(url)) signaler('url', `adresse invalide « ${url} » (http:// ou https://)`);
  return {
    anneeNature,
    uniteEffectif:
      readEnum(texte('unite_effectif'), UNITES_EFFECTIF, 'unite_effectif', signaler) ??
      (/EQTP|effectif en équivalents? temps plein/.test(`${note} ${texte('denominateur') ?? ''}`) ? 'EQTP' : 'POSTES'),
    borneInferieure: readOuiNon(texte('borne_inferieure'), 'borne_inferieure', signaler) ?? /« plus de|valeurs? minimales?/.test(note),
    sourceSecondaire:
      readOuiNon(texte('source_secondaire'), 'source_secondaire', signaler) ??
      (/source secondaire/.test(note) || /\b(repris|reprise|cités?|citées?) par /.test(source)),
    sourceUrl: url,
  };
}

const ANNEE_NON_PRECISEE = /(année|millésime|édition)s?( et édition de l'Atlas)? non précisée?s?/i;

function deduceNatureAnnee(annee: number | null, note: string): NatureAnnee {
  if (annee === null) return 'INCONNUE';
  if (/année = (publication|édition|panorama)/.test(note)) return 'PUBLICATION';
  if (/déduit|millésime non précisé/.test(note)) return 'DEDUITE';
  return 'DONNEES';
}

function readEnum<T extends string>(valeur: string | null, valeurs: readonly T[], champ: string, signaler: Signaler): T | null {
  if (valeur === null) return null;
  const v = valeur.toUpperCase();
  if ((valeurs as readonly string[]).includes(v)) return v as T;
  signaler(champ, `${champ} inconnu « ${valeur} » (${valeurs.join(', ')})`);
  return null;
}

function readOuiNon(valeur: string | null, champ: string, signaler: Signaler): boolean | null {
  if (valeur === null) return null;
  const v = valeur.toLowerCase();
  if (['oui', 'vrai', 'true', '1'].includes(v)) return true;
  if (['non', 'faux', 'false', '0'].includes(v)) return false;
  signaler(champ, `${champ} : « ${valeur} » n’est ni oui ni non`);
  return null;
}
