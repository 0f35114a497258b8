import { normalizeSearch } from '@poles-ess/shared';
import type { ChiffreEtude } from '../../graphql/generated/graphql';

export type ChiffreEtudeInput = Pick<ChiffreEtude, 'indicateur' | 'perimetre' | 'valeur' | 'note' | 'source'>;

export interface EtudeDetailRow {
  /** Indicateur de la ligne dont le détail est tiré (« espaces d'hébergement »). */
  indicateur: string;
  perimetre: string;
  valeur: number;
  /** Le total de l'étude dont ce nombre est une partie (24 pour « dont 6 en Rhône-Alpes »). */
  total: number;
  totalPerimetre: string;
  /** Le texte de l'étude dont le nombre est tiré, cité tel quel. */
  citation: string;
  source: string | null;
}

// L'étude donne certains comptes par région dans une note (« dont 6 en Rhône-Alpes et 1 en Bretagne ») :
// on les lit tels quels, sans rien déduire d'autre.
const DONT = /dont\s+(\d+)\s+en\s+(.+)$/i;
const PART = /^(\d+)\s+en\s+(.+)$/i;

export function toEtudeDetailRows(chiffres: readonly ChiffreEtudeInput[]): EtudeDetailRow[] {
  const rows: EtudeDetailRow[] = [];
  for (const chiffre of chiffres) {
    const match = chiffre.note ? DONT.exec(chiffre.note.trim()) : null;
    if (!match || !chiffre.note) continue;
    const parts = `${match[1]} en ${match[2]}`.split(/\s+et\s+|,\s*/);
    for (const part of parts) {
      const partMatch = PART.exec(part.trim());
      if (!partMatch?.[1] || !partMatch[2]) continue;
      rows.push({
        indicateur: chiffre.indicateur,
        perimetre: partMatch[2].trim(),
        valeur: Number.parseInt(partMatch[1], 10),
        total: chiffre.valeur,
        totalPerimetre: chiffre.perimetre,
        citation: chiffre.note.trim(),
        source: chiffre.source,
      });
    }
  }
  return rows;
}

export function findEtudeDetail(rows: readonly EtudeDetailRow[], indicateur: string, perimetre: string): EtudeDetailRow | null {
  const wanted = normalizeSearch(perimetre);
  return rows.find((row) => row.indicateur === indicateur && normalizeSearch(row.perimetre) === wanted) ?? null;
}
