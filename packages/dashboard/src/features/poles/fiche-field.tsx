import type { ReactNode } from 'react';
import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';

export type SourcesParChamp = ReadonlyMap<string, string>;

// Seules les sources qui diffèrent de celle de la fiche sont répétées à côté des valeurs.
export function toSourcesParChamp(sources: readonly { champ: string; source: string }[], sourceFiche: string | null = null): SourcesParChamp {
  return new Map(sources.filter((entry) => entry.source !== sourceFiche).map((entry) => [entry.champ, entry.source]));
}

interface FicheFieldProps {
  label: string;
  value?: string | number | null;
  children?: ReactNode;
  /** La source propre à ce champ, quand elle diffère de celle de la fiche. */
  source?: string | null;
}

// Une ligne de la fiche : libellé, valeur (ou « non renseigné ») et, s'il y a lieu, sa source.
export function FicheField({ label, value, children, source }: FicheFieldProps) {
  return (
    <div className="fiche-field">
      <dt>{label}</dt>
      <dd>
        {children ?? <ValeurOuInconnu value={value} />}
        {source ? <span className="fiche-source"> — source : {source}</span> : null}
      </dd>
    </div>
  );
}
