import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { schemeDark2 } from 'd3-scale-chromatic';
import { formatNombre } from '@poles-ess/shared';
import type { ComparerChartRow } from './to-comparer-rows';

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
              <Bar dataKey="valeur" name={titre} isAnimationActive={false}>
                {rows.map((row, index) => (
                  <Cell key={row.territoireCle} fill={schemeDark2[index % schemeDark2.length]} />
                ))}
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
