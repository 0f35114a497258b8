import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNombre } from '@poles-ess/shared';
import type { ComparerChartRow } from './to-comparer-rows';
import { COULEUR_SERIE } from '../../ui/chart/chart-colors';

export function ComparerChart({ rows, sansValeur, titre, source }: { rows: ComparerChartRow[]; sansValeur: string[]; titre: string; source: string }) {
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>{titre}</strong>
      </figcaption>
      <div style={{ height: 280 }} aria-hidden="true">
        {rows.length === 0 ? (
          <p className="non-renseigne">Aucun des territoires n’a de valeur pour cet indicateur.</p>
        ) : (
          <ResponsiveContainer width="100%" height="100%">
            <BarChart accessibilityLayer={false} data={rows} margin={{ top: 20, left: 8, right: 16 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="territoire" interval={0} />
              <YAxis tickFormatter={(value: number) => formatNombre(value)} />
              <Tooltip formatter={(value) => formatNombre(Number(value), Number.isInteger(Number(value)) ? 0 : 1)} />
              <Bar dataKey="valeur" name={titre} fill={COULEUR_SERIE} isAnimationActive={false}>
                <LabelList dataKey="valeur" position="top" formatter={(value) => formatNombre(Number(value), Number.isInteger(Number(value)) ? 0 : 1)} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )}
      </div>
      <p className="chart-figure-source">
        Source : {source}.{sansValeur.length > 0 ? ` Non renseigné pour : ${sansValeur.join(', ')} (non dessiné, pas zéro).` : ''}
      </p>
    </figure>
  );
}
