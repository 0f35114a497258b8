import { formatNombre, NON_RENSEIGNE } from '@poles-ess/shared';
import type { EtudeBretagneRow } from './to-etude-bretagne-rows';

export function BretagneEtude({ rows, fiches }: { rows: EtudeBretagneRow[]; fiches: number }) {
  const sources = [...new Set(rows.map((r) => r.etudeSource).filter((s): s is string => Boolean(s)))];
  return (
    <section className="bretagne-card" aria-labelledby="bretagne-etude">
      <h2 id="bretagne-etude">Ce que dit l’étude, ce que disent les données</h2>
      <table className="bretagne-etude-table">
        <thead>
          <tr>
            <th scope="col">En Bretagne</th>
            <th scope="col" className="num">Conclusions de l’étude</th>
            <th scope="col" className="num">Fiches localisées en région 53</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.libelle}>
              <th scope="row">{r.libelle}</th>
              <td className="num">{r.etude === null ? <span className="non-renseigne">{NON_RENSEIGNE}</span> : formatNombre(r.etude)}</td>
              <td className="num">{formatNombre(r.donnees)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="bretagne-note">
        L’écart s’explique : les conclusions de l’étude comptent 6 associations actives et 8 en projet en Bretagne, mais les fiches ne nomment que{' '}
        {formatNombre(fiches)} pôles bretons et, pour la plupart, ne disent pas s’ils étaient actifs ou en projet. Ce statut reste donc « non renseigné »
        plutôt que d’être deviné ; la carte ne compte comme actifs que les pôles dont le statut est connu.
      </p>
      {sources.length ? <p className="bretagne-note">Source : {sources.join(' ; ')}.</p> : null}
    </section>
  );
}
