import { formatNombre, TYPE_POLE_COULEURS } from '@poles-ess/shared';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BretagneDistanceChartRow, BretagnePolesChartRow } from './to-bretagne-rows';
import { COULEUR_NEUTRE, COULEUR_SERIE } from '../../ui/chart/chart-colors';


export function BretagnePolesChart({ rows }: { rows: BretagnePolesChartRow[] }) {
  return (
    <figure className="bretagne-card">
      <figcaption>
        <strong>Pôles situés dans chaque Pays, par type, et pôles dont le territoire d’action le couvre</strong>
      </figcaption>
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 95, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="nom" angle={-45} textAnchor="end" interval={0} fontSize={11} />
            <YAxis allowDecimals={false} fontSize={11} />
            <Tooltip formatter={(value) => formatNombre(Number(value))} />
            <Legend verticalAlign="top" wrapperStyle={{ paddingBottom: 6, fontSize: 12 }} />
            <Bar dataKey="associations" name="Assoc. de développement (situées)" stackId="p" fill={TYPE_POLE_COULEURS.ASSOCIATION_DEVELOPPEMENT} />
            <Bar dataKey="hebergements" name="Espaces d’hébergement" stackId="p" fill={TYPE_POLE_COULEURS.ESPACE_HEBERGEMENT} />
            <Bar dataKey="multifonctions" name="Centres multifonction" stackId="p" fill={TYPE_POLE_COULEURS.CENTRE_MULTIFONCTION} />
            <Bar dataKey="couvrants" name="Pôles couvrant le Pays (territoire d’action)" fill={COULEUR_NEUTRE} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="bretagne-note">
        Source : fiches de l’étude (vers 2010), positions et territoires d’action rapprochés des Pays par PostGIS. Un pôle sans position connue n’est pas
        compté comme situé ; le tableau ci-dessous donne les mêmes nombres.
      </p>
    </figure>
  );
}

export function BretagneDistanceChart({ rows, rayonKm }: { rows: BretagneDistanceChartRow[]; rayonKm: number }) {
  const inconnus = rows.filter((r) => r.distanceMoyennePondereeKm === null).length;
  return (
    <figure className="bretagne-card">
      <figcaption>
        <strong>Distance moyenne des habitants au pôle actif le plus proche (km, pondérée par la population des communes)</strong>
      </figcaption>
      <div className="chart-box" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={rows} margin={{ top: 12, right: 8, bottom: 95, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="nom" angle={-45} textAnchor="end" interval={0} fontSize={11} />
            <YAxis fontSize={11} width={64} tickFormatter={(value: number) => `${formatNombre(value)} km`} />
            <Tooltip formatter={(value) => `${formatNombre(Number(value), 1)} km`} />
            <Bar dataKey="distanceMoyennePondereeKm" name="Distance moyenne pondérée" fill={COULEUR_SERIE} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="bretagne-note">
        Calcul PostGIS : centre de chaque commune → pôle actif localisé le plus proche (tous types), pondéré par la population (INSEE, via le référentiel).
        Part de la population à moins de {formatNombre(rayonKm)} km : voir le tableau.
        {inconnus ? ` ${formatNombre(inconnus)} Pays sans valeur (non renseigné : aucun pôle actif localisé ou aucune commune localisée).` : ''}
      </p>
    </figure>
  );
}
