import { formatNombre } from '@poles-ess/shared';
import type { LegendItem } from './legend-items';

export interface MapExportSpec {
  titre: string;
  legendTitre: string | null;
  legend: LegendItem[];
  methode: string | null;
  sources: string[];
  /** Attribution and vintage of the outlines (toContoursLines). */
  contours: readonly string[];
  date: Date;
  poles?: { label: string; color: string }[];
}

const DATE_FR = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });

// The footer of an exported map: where the numbers come from and when the picture was taken.
export function toMapExportFooter(spec: MapExportSpec): string[] {
  const lines = spec.sources.map((source) => `Source : ${source}`);
  lines.push(...spec.contours);
  lines.push(`Pôles ESS — carte exportée le ${DATE_FR.format(spec.date)}`);
  return lines;
}

export function countLabel(count: number, singulier: string, pluriel: string): string {
  return `${formatNombre(count)} ${count > 1 ? pluriel : singulier}`;
}
