import type { Pole } from '../../graphql/generated/graphql';

export interface CreationYearChartRow {
  annee: number;
  creations: number;
  /** Pôles créés jusqu'à cette année incluse (parmi ceux dont l'année est connue). */
  cumul: number;
}

export interface CreationYearChart {
  rows: CreationYearChartRow[];
  anneeInconnue: number;
}

// « 2004 », « 2004-05-12 », « créé en 2004 » : on ne garde que l'année écrite ; sinon la date reste inconnue.
export function readAnnee(dateCreation: string | null | undefined): number | null {
  const match = dateCreation ? /(1[89]\d\d|20\d\d)/.exec(dateCreation) : null;
  return match?.[1] ? Number.parseInt(match[1], 10) : null;
}

export function toCreationYearChartRows(poles: readonly Pick<Pole, 'dateCreation'>[]): CreationYearChart {
  const counts = new Map<number, number>();
  let anneeInconnue = 0;
  for (const pole of poles) {
    const annee = readAnnee(pole.dateCreation);
    if (annee === null) anneeInconnue += 1;
    else counts.set(annee, (counts.get(annee) ?? 0) + 1);
  }
  const years = [...counts.keys()].sort((a, b) => a - b);
  const rows: CreationYearChartRow[] = [];
  let cumul = 0;
  // Les années sans création restent sur l'axe (0) : le rythme se lit sans trou trompeur.
  for (let annee = years[0] ?? 0; years.length > 0 && annee <= (years[years.length - 1] ?? 0); annee += 1) {
    const creations = counts.get(annee) ?? 0;
    cumul += creations;
    rows.push({ annee, creations, cumul });
  }
  return { rows, anneeInconnue };
}
