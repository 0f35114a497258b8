import type { ComparerTable_TerritoireFragment, IndicateurComparaison } from '../../graphql/generated/graphql';
import { listMentionsEmploi } from '@poles-ess/shared';
import { INDICATEUR_LABELS } from './comparer-labels';

export interface ComparerCell {
  territoireCle: string;
  valeur: number | null;
  texte: string;
  annee: number | null;
  source: string | null;
  /** The source's address, shown as a link. */
  url: string | null;
  /** What limits an employment figure (lower bound, FTE, publication year, second-hand source). */
  mentions: string[];
  methode: string;
}

export interface ComparerRow {
  indicateur: IndicateurComparaison;
  libelle: string;
  /** « Années différentes … » when the values compared are not of one year. */
  avertissement: string | null;
  cellules: ComparerCell[];
}

export interface ComparerChartRow {
  territoireCle: string;
  /** « Pays de Brest (2012) » : l'année se lit sur l'axe, les valeurs d'années différentes ne se confondent pas. */
  territoire: string;
  valeur: number;
  /** The API's wording of the value (« oui », « 16,7 % »). */
  texte: string;
  annee: number | null;
}

export const territoireCle = (t: { niveau: string; code: string }) => `${t.niveau}:${t.code}`;

// Une ligne par indicateur, une cellule par territoire (dans l'ordre reçu) : le tableau « côte à côte ».
export function toComparerRows(territoires: readonly ComparerTable_TerritoireFragment[]): ComparerRow[] {
  const indicateurs: IndicateurComparaison[] = [];
  for (const territoire of territoires) {
    for (const valeur of territoire.valeurs) if (!indicateurs.includes(valeur.indicateur)) indicateurs.push(valeur.indicateur);
  }
  return indicateurs.map((indicateur) => ({
    indicateur,
    libelle: INDICATEUR_LABELS[indicateur],
    avertissement: territoires.flatMap((t) => t.valeurs.filter((v) => v.indicateur === indicateur && v.avertissement)).map((v) => v.avertissement!)[0] ?? null,
    cellules: territoires.map((territoire) => {
      const valeur = territoire.valeurs.find((v) => v.indicateur === indicateur);
      return {
        territoireCle: territoireCle(territoire),
        valeur: valeur?.valeur ?? null,
        texte: valeur?.texte ?? 'non renseigné',
        annee: valeur?.annee ?? null,
        source: valeur?.source ?? null,
        url: valeur?.url ?? null,
        mentions: valeur?.emploi ? listMentionsEmploi(valeur.emploi) : [],
        methode: valeur?.methode ?? '',
      };
    }),
  }));
}

// Les territoires sans valeur ne sont pas dessinés à zéro : ils sont listés à part.
export function toComparerChartRows(
  territoires: readonly ComparerTable_TerritoireFragment[],
  indicateur: IndicateurComparaison,
): { rows: ComparerChartRow[]; sansValeur: string[] } {
  const rows: ComparerChartRow[] = [];
  const sansValeur: string[] = [];
  for (const territoire of territoires) {
    const entree = territoire.valeurs.find((v) => v.indicateur === indicateur);
    const valeur = entree?.valeur;
    const annee = entree?.annee ?? null;
    if (valeur === null || valeur === undefined) sansValeur.push(territoire.nom);
    else rows.push({ territoireCle: territoireCle(territoire), territoire: annee ? `${territoire.nom} (${annee})` : territoire.nom, valeur, texte: entree?.texte ?? '', annee });
  }
  return { rows, sansValeur };
}
