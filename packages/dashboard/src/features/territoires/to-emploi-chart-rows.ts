import { formatNombre, listMentionsEmploi, NON_RENSEIGNE } from '@poles-ess/shared';
import type { TerritoireEmploi_TerritoireFragment } from '../../graphql/generated/graphql';

export type EmploiFigure = TerritoireEmploi_TerritoireFragment['emploisEss'][number];

export interface EmploiChartRow {
  /** One bar per figure: two sources for one year stay two bars, never summed or averaged. */
  cle: string;
  /** null: the source gives no year (such figures come last). */
  annee: number | null;
  libelle: string;
  effectifSalarie: number | null;
  partEmploi: number | null;
  /** What the share is a share of, as the source words it. */
  denominateur: string | null;
  source: string;
  /** The address where the value was read, shown as a link. */
  url: string | null;
  /** What limits the figure: lower bound, full-time equivalents, publication year, second-hand source. */
  mentions: string[];
  borneInferieure: boolean;
}

export function formatSourceEmploi(source: EmploiFigure['source']): string {
  const details = [source.editeur, source.annee ? String(source.annee) : null].filter(Boolean).join(', ');
  return details ? `${source.titre} (${details})` : source.titre;
}

const anneeOuFin = (f: EmploiFigure) => f.annee ?? Infinity;

export function toEmploiChartRows(figures: readonly EmploiFigure[]): EmploiChartRow[] {
  const sorted = [...figures].sort((a, b) => anneeOuFin(a) - anneeOuFin(b) || a.source.titre.localeCompare(b.source.titre, 'fr'));
  const perYear = new Map<number | null, number>();
  for (const f of sorted) perYear.set(f.annee ?? null, (perYear.get(f.annee ?? null) ?? 0) + 1);
  const seen = new Map<number | null, number>();
  return sorted.map((f) => {
    const annee = f.annee ?? null;
    const rank = (seen.get(annee) ?? 0) + 1;
    seen.set(annee, rank);
    const several = (perYear.get(annee) ?? 0) > 1;
    const texteAnnee = annee === null ? 'année non précisée' : String(annee);
    return {
      cle: `${annee ?? 'sans-annee'}-${rank}`,
      annee,
      libelle: several ? `${texteAnnee} (${rank})` : texteAnnee,
      effectifSalarie: f.effectifSalarie ?? null,
      partEmploi: f.partEmploi ?? null,
      denominateur: f.denominateurLibelle ?? null,
      source: formatSourceEmploi(f.source),
      url: f.source.url ?? null,
      mentions: listMentionsEmploi(f),
      borneInferieure: f.borneInferieure,
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
    .sort((a, b) => (b.annee ?? -Infinity) - (a.annee ?? -Infinity));
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
