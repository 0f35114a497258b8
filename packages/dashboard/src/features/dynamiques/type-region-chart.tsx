import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { TYPE_POLE_COULEURS, TYPE_POLE_LABELS, TYPES_POLE } from '@poles-ess/shared';
import { ChartFigure } from './chart-figure';
import type { TypeRegionChartRow } from './to-repartition-chart-rows';
import '../../ui/table/data-table.css';

export function TypeRegionChart({ rows, source }: { rows: TypeRegionChartRow[]; source: string }) {
  const nonRattaches = rows.find((row) => row.regionCode === '')?.total ?? 0;
  return (
    <ChartFigure
      title="Fiches par type et par ancienne région (découpage de l’étude, avant 2016)"
      source={source}
      unknown={nonRattaches > 0 ? `${nonRattaches} fiche(s) ne sont rattachées à aucune ancienne région (dernière ligne).` : null}
      height={Math.max(260, rows.length * 26 + 60)}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Ancienne région</th>
              {TYPES_POLE.map((type) => (
                <th key={type} scope="col" className="numeric">
                  {TYPE_POLE_LABELS[type]}
                </th>
              ))}
              <th scope="col" className="numeric">
                Total
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.regionCode || 'aucune'}>
                <th scope="row">{row.region}</th>
                {TYPES_POLE.map((type) => (
                  <td key={type} className="numeric">
                    {row[type]}
                  </td>
                ))}
                <td className="numeric">{row.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ left: 16, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="region" width={190} interval={0} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {TYPES_POLE.map((type) => (
            <Bar key={type} dataKey={type} name={TYPE_POLE_LABELS[type]} stackId="types" fill={TYPE_POLE_COULEURS[type]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
