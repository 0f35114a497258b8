import { NIVEAU_TERRITORIAL_LABELS } from '@poles-ess/shared';
import type { ComparerTable_TerritoireFragment } from '../../graphql/generated/graphql';
import { toCsv, type CsvColumn } from '../../ui/export';
import { arrondirValeur, INDICATEUR_LABELS, INDICATEURS_OUI_NON } from './comparer-labels';

type Ligne = { territoire: ComparerTable_TerritoireFragment; valeur: ComparerTable_TerritoireFragment['valeurs'][number] };

const COLUMNS: CsvColumn<Ligne>[] = [
  { header: 'Territoire', value: (l) => l.territoire.nom },
  { header: 'Niveau', value: (l) => NIVEAU_TERRITORIAL_LABELS[l.territoire.niveau] },
  { header: 'Code', value: (l) => l.territoire.code },
  { header: 'Indicateur', value: (l) => INDICATEUR_LABELS[l.valeur.indicateur] },
  // Rounded as shown (no 14-decimal shares); a yes/no indicator in words.
  {
    header: 'Valeur',
    value: (l) => (INDICATEURS_OUI_NON.includes(l.valeur.indicateur) ? l.valeur.texte : arrondirValeur(l.valeur.indicateur, l.valeur.valeur)),
  },
  { header: 'Année', value: (l) => l.valeur.annee },
  { header: 'Source', value: (l) => l.valeur.source },
  { header: 'Méthode', value: (l) => l.valeur.methode },
];

// Une ligne par territoire et indicateur : le format « long » se relit dans un tableur sans perdre les sources.
export function toComparerCsv(territoires: readonly ComparerTable_TerritoireFragment[]): string {
  return toCsv(territoires.flatMap((territoire) => territoire.valeurs.map((valeur) => ({ territoire, valeur }))), COLUMNS);
}
