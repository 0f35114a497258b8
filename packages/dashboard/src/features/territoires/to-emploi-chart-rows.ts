import { formatNombre, NON_RENSEIGNE } from '@poles-ess/shared';
import type { TerritoireEmploi_TerritoireFragment } from '../../graphql/generated/graphql';

export type EmploiFigure = TerritoireEmploi_TerritoireFragment['emploisEss'][number];

export interface EmploiChartRow {
  /** One bar per figure: two sources for one year stay two bars, never summed or averaged. */
  cle: string;
  annee: number;
  libelle: string;
  effectifSalarie: number | null;
  partEmploi: number | null;
  /** What the share is a share of, as the source words it. */
  denominateur: string | null;
  source: string;
}

export function formatSourceEmploi(source: EmploiFigure['source']): string {
  const details = [source.editeur, source.annee ? String(source.annee) : null].filter(Boolean).join(', ');
  return details ? `${source.titre} (${details})` : source.titre;
}

export function toEmploiChartRows(figures: readonly EmploiFigure[]): EmploiChartRow[] {
  const sorted = [...figures].sort((a, b) => a.annee - b.annee || a.source.titre.localeCompare(b.source.titre, 'fr'));
  const perYear = new Map<number, number>();
  for (const f of sorted) perYear.set(f.annee, (perYear.get(f.annee) ?? 0) + 1);
  const seen = new Map<number, number>();
  return sorted.map((f) => {
    const rank = (seen.get(f.annee) ?? 0) + 1;
    seen.set(f.annee, rank);
    const several = (perYear.get(f.annee) ?? 0) > 1;
    return {
      cle: `${f.annee}-${rank}`,
      annee: f.annee,
      libelle: several ? `${f.annee} (${rank})` : String(f.annee),
      effectifSalarie: f.effectifSalarie ?? null,
      partEmploi: f.partEmploi ?? null,
      denominateur: f.denominateurLibelle ?? null,
      source: formatSourceEmploi(f.source),
    };
  });
}

export interface FamilleChartRow {
  famille: string;
  valeur: number | null;
  /** « salariés » or « % des emplois de l'ESS », as the source gives it. */
  unite: string;
  libelleValeur: string;
}

const FAMILLES = [
  ['associations', 'Associations'],
  ['cooperatives', 'Coopératives'],
  ['mutuelles', 'Mutuelles'],
  ['fondations', 'Fondations'],
] as const;

/** The family breakdown of the latest figure that has one; null when no source gives it. */
export function toFamillesChartRows(figures: readonly EmploiFigure[]): { rows: FamilleChartRow[]; figure: EmploiFigure } | null {
  const withFamilies = [...figures]
    .filter((f) => FAMILLES.some(([key]) => f[key] !== null && f[key] !== undefined))
    .sort((a, b) => b.annee - a.annee);
  const figure = withFamilies[0];
  if (!figure) return null;
  const part = figure.uniteFamilles === 'PART_EFFECTIF';
  const unite = part ? '% des emplois de l’ESS' : 'salariés';
  const rows = FAMILLES.map(([key, famille]) => {
    const valeur = figure[key] ?? null;
    const libelleValeur = valeur === null ? NON_RENSEIGNE : part ? `${formatNombre(valeur, 1)} %` : formatNombre(valeur);
    return { famille, valeur, unite, libelleValeur };
  });
  return { rows, figure };
}
