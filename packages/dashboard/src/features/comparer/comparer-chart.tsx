import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNombre } from '@poles-ess/shared';
import type { ComparerChartRow } from './to-comparer-rows';
import { COULEUR_SERIE } from '../../ui/chart/chart-colors';

interface ComparerChartProps {
  rows: ComparerChartRow[];
  sansValeur: string[];
  titre: string;
  source: string;
  /** Decimals worth reading for this indicator. */
  decimales: number;
  /** A yes/no indicator: said in words, not drawn as bars of 0 and 1. */
  ouiNon: boolean;
}

export function ComparerChart({ rows, sansValeur, titre, source, decimales, ouiNon }: ComparerChartProps) {
  const format = (value: unknown) => formatNombre(Number(value), decimales);
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>{titre}</strong>
      </figcaption>
      {ouiNon ? (
        <ul className="comparer-oui-non">
          {rows.map((row) => (
            <li key={row.territoireCle}>
              {row.territoire} : <strong>{row.texte}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <div style={{ height: 280 }} aria-hidden="true">
          {rows.length === 0 ? (
            <p className="non-renseigne">Aucun des territoires n’a de valeur pour cet indicateur.</p>
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart accessibilityLayer={false} data={rows} margin={{ top: 20, left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="territoire" interval={0} />
                <YAxis allowDecimals={decimales > 0} tickFormatter={(value: number) => formatNombre(value)} />
                <Tooltip formatter={format} />
                <Bar dataKey="valeur" name={titre} fill={COULEUR_SERIE} isAnimationActive={false}>
                  <LabelList dataKey="valeur" position="top" formatter={format} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          )}
        </div>
      )}
      <p className="chart-figure-source">
        Source : {source}.
        {sansValeur.length > 0
          ? ` Non renseigné pour : ${sansValeur.join(', ')} (non dessiné, pas zéro).`
          : ''}
      </p>
    </figure>
  );
}
