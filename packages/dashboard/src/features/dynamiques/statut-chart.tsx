import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './chart-figure';
import type { StatutChartRow } from './to-statut-chart-rows';
import '../../ui/table/data-table.css';
import { COULEUR_SERIE } from '../../ui/chart/chart-colors';

export function StatutChart({ rows, source }: { rows: StatutChartRow[]; source: string }) {
  const inconnus = rows.find((row) => row.statut === 'INCONNU')?.nombre ?? 0;
  return (
    <ChartFigure
      title="Statut des pôles dans les fiches"
      source={source}
      unknown={inconnus > 0 ? `${inconnus} fiche(s) au statut inconnu : l’étude ne dit pas s’il s’agit de pôles actifs ou de projets.` : null}
      height={240}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Statut</th>
              <th scope="col" className="numeric">Fiches</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.statut}>
                <th scope="row">{row.libelle}</th>
                <td className="numeric">{row.nombre}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart accessibilityLayer={false} data={rows} margin={{ left: 8, right: 16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="libelle" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Bar dataKey="nombre" name="Fiches" fill={COULEUR_SERIE} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
