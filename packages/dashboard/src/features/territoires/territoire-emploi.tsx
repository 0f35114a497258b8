import { formatNombre, formatPourcentage } from '@poles-ess/shared';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { graphql } from '../../graphql/generated';
import type { TerritoireEmploi_TerritoireFragment } from '../../graphql/generated/graphql';
import { SourceLien } from '../../ui/table/source-lien';
import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';
import { formatSourceEmploi, toEmploiChartRows, toFamillesChartRows } from './to-emploi-chart-rows';

export const TerritoireEmploi_territoire = graphql(`
  fragment TerritoireEmploi_territoire on Territoire {
    emploiEssFiche {
      texte
      texteFamilles
      texteSource
    }
    emploisEss {
      annee
      effectifSalarie
      partEmploi
      denominateurLibelle
      champ
      associations
      cooperatives
      mutuelles
      fondations
      uniteFamilles
      anneeNature
      uniteEffectif
      borneInferieure
      sourceSecondaire
      source {
        titre
        editeur
        annee
        url
      }
    }
  }
`);

export function TerritoireEmploi({ territoire }: { territoire: TerritoireEmploi_TerritoireFragment }) {
  const rows = toEmploiChartRows(territoire.emploisEss);
  const familles = toFamillesChartRows(territoire.emploisEss);
  const fiche = territoire.emploiEssFiche;
  if (!rows.length) {
    return (
      <section className="territoire-card" aria-labelledby="territoire-emploi">
        <h2 id="territoire-emploi">Emploi dans l’ESS</h2>
        <p>Emploi ESS non renseigné : aucune source chargée ne donne de chiffre pour ce territoire.</p>
      </section>
    );
  }
  return (
    <section className="territoire-card territoire-wide" aria-labelledby="territoire-emploi">
      <h2 id="territoire-emploi">Emploi dans l’ESS</h2>
      {fiche ? (
        <p>
          {fiche.texte}
          {fiche.texteFamilles ? ` ${fiche.texteFamilles}` : ''} <span className="territoire-note">({fiche.texteSource})</span>
        </p>
      ) : null}
      <div className="territoire-charts">
        <figure>
          <figcaption>Effectif salarié de l’ESS, chiffre par chiffre (deux sources d’une même année restent deux barres)</figcaption>
          <div className="chart-box" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 16 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="libelle" fontSize={11} />
                <YAxis fontSize={11} tickFormatter={(v: number) => formatNombre(v)} />
                <Tooltip formatter={(value) => formatNombre(Number(value))} labelFormatter={(label, payload) => `${label} — ${payload?.[0]?.payload?.source ?? ''}`} />
                <Bar dataKey="effectifSalarie" name="Effectif salarié ESS" fill="#2c7fb8" />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
        {familles ? (
          <figure>
            <figcaption>
              Répartition par famille en {familles.figure.annee ?? 'année non précisée'} ({familles.rows[0]?.unite}) — {formatSourceEmploi(familles.figure.source)}
            </figcaption>
            <div className="chart-box" aria-hidden="true">
              <ResponsiveContainer width="100%" height="100%">
                <BarChart accessibilityLayer={false} data={familles.rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 24 }}>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                  <XAxis type="number" fontSize={11} />
                  <YAxis type="category" dataKey="famille" fontSize={11} width={90} />
                  <Tooltip formatter={(_value, _name, item) => item.payload.libelleValeur} />
                  <Bar dataKey="valeur" name="Valeur" fill="#41b6c4" />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <p className="territoire-note">
              {familles.rows.filter((r) => r.valeur === null).map((r) => r.famille).join(', ') || 'Aucune famille'} : non renseigné.
            </p>
          </figure>
        ) : (
          <p className="territoire-note">Répartition par famille : non renseignée par les sources chargées.</p>
        )}
      </div>
      <table className="territoires-table">
        <caption className="visually-hidden">Chiffres de l’emploi ESS et leurs sources</caption>
        <thead>
          <tr>
            <th scope="col">Année</th>
            <th scope="col" className="num">Effectif salarié</th>
            <th scope="col" className="num">Part</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.cle}>
              <td>{r.libelle}</td>
              <td className="num">
                {r.borneInferieure && r.effectifSalarie !== null ? 'plus de ' : ''}
                <ValeurOuInconnu value={r.effectifSalarie} />
              </td>
              <td className="num">
                {r.partEmploi === null ? <ValeurOuInconnu value={null} /> : `${r.borneInferieure ? 'plus de ' : ''}${formatPourcentage(r.partEmploi)}`}
                {r.partEmploi !== null && r.denominateur ? ` ${r.denominateur}` : ''}
              </td>
              <td>
                <SourceLien titre={r.source} url={r.url} />
                {r.mentions.length ? <span className="emploi-mentions"> — {r.mentions.join(' ; ')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
