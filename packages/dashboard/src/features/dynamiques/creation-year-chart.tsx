import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure } from './chart-figure';
import type { CreationYearChart as CreationYearChartData } from './to-creation-year-chart-rows';
import '../../ui/table/data-table.css';
import { COULEUR_SERIE, COULEUR_SERIE_SECONDE } from '../../ui/chart/chart-colors';

export function CreationYearChart({ chart, total, source }: { chart: CreationYearChartData; total: number; source: string }) {
  const connues = total - chart.anneeInconnue;
  return (
    <ChartFigure
      title="Années de création des pôles (créations par an et cumul)"
      source={source}
      unknown={`Année de création connue pour ${connues} fiche(s) sur ${total} ; les ${chart.anneeInconnue} autres sont « non renseignées » et ne figurent pas sur le graphique.`}
      height={chart.rows.length === 0 ? 80 : 320}
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Année</th>
              <th scope="col" className="numeric">Créations</th>
              <th scope="col" className="numeric">Cumul</th>
            </tr>
          </thead>
          <tbody>
            {chart.rows.map((row) => (
              <tr key={row.annee}>
                <th scope="row">{row.annee}</th>
                <td className="numeric">{row.creations}</td>
                <td className="numeric">{row.cumul}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {chart.rows.length === 0 ? (
        <p className="non-renseigne chart-empty">Aucune année de création n’est renseignée dans les fiches : rien à tracer.</p>
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart accessibilityLayer={false} data={chart.rows} margin={{ left: 8, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="annee" />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="creations" name="Créations dans l’année" fill={COULEUR_SERIE} isAnimationActive={false} />
            <Line dataKey="cumul" name="Cumul" stroke={COULEUR_SERIE_SECONDE} strokeWidth={2} dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}
