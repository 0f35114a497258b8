import type { ReactNode } from 'react';

interface ChartFigureProps {
  title: string;
  /** D'où viennent les nombres. */
  source: string;
  /** Ce que le graphique ne montre pas (valeurs inconnues). */
  unknown?: string | null;
  /** Tableau équivalent, pour les lecteurs d'écran et l'export à la main. */
  table: ReactNode;
  height?: number;
  children: ReactNode;
}

// Un graphique a toujours une hauteur fixe (pas de saut de mise en page), sa source, ses inconnus et un tableau.
export function ChartFigure({ title, source, unknown, table, height = 320, children }: ChartFigureProps) {
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <div className="chart-figure-plot" style={{ height }} aria-hidden="true">
        {children}
      </div>
      <p className="chart-figure-source">
        Source : {source}.{unknown ? ` ${unknown}` : ''}
      </p>
      <details className="chart-figure-table">
        <summary>Voir les données en tableau</summary>
        {table}
      </details>
    </figure>
  );
}
