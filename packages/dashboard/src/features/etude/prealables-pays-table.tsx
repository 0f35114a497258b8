import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatNombre, SOUTIEN_COLLECTIVITES_LABELS, STATUT_POLE_LABELS } from '@poles-ess/shared';
import type { PrealablesRow_PrealablesFragment } from '../../graphql/generated/graphql';
import { polePath } from '../../ui/url/page-paths';
import { formatJour } from './format-date';
import { SoutienForm } from './soutien-form';
import '../../ui/table/data-table.css';

// The study's two prerequisites for each Breton Pays; a signed-in editor records the second.
export function PrealablesPaysTable({ pays, jeton }: { pays: readonly PrealablesRow_PrealablesFragment[]; jeton: string | null }) {
  const [edition, setEdition] = useState<string | null>(null);
  const reunis = pays.filter((p) => p.deuxPrealables).length;
  return (
    <section aria-labelledby="prealables-titre">
      <h2 id="prealables-titre">Préalables à la mise en place d’un pôle, Pays par Pays</h2>
      <p className="poles-intro">
        L’étude en nomme deux : <strong>une association de développement active et reconnue</strong> (calculée à partir des fiches : une
        association au statut « actif » située dans le Pays ou dont le territoire d’action le couvre ; « reconnue » n’est pas mesuré) et{' '}
        <strong>un soutien des collectivités locales</strong> (évalué par les éditeurs, « inconnu » tant que personne ne l’a fait).{' '}
        <strong>{formatNombre(reunis)}</strong> Pays sur {formatNombre(pays.length)} réunissent les deux.
      </p>
      <div className="data-table-wrapper">
        <table className="data-table prealables-table">
          <caption>Les deux préalables de l’étude pour les {pays.length} Pays de Bretagne</caption>
          <thead>
            <tr>
              <th scope="col">Pays</th>
              <th scope="col" className="numeric">Population</th>
              <th scope="col">Association active</th>
              <th scope="col">Soutien des collectivités</th>
              <th scope="col">Les deux préalables</th>
              {jeton ? <th scope="col">Éditer</th> : null}
            </tr>
          </thead>
          <tbody>
            {pays.map((p) => (
              <Fragment key={p.code}>
                <tr data-pays={p.code}>
                  <th scope="row">{p.nom}</th>
                  <td className="numeric">{formatNombre(p.population)}</td>
                  <td>
                    {p.associationActive ? 'Oui' : p.associationActiveBorneHaute ? 'Non (oui en lecture haute)' : 'Non'}
                    {p.associations.length > 0 ? (
                      <ul className="liste-compacte">
                        {p.associations.map((a) => (
                          <li key={a.id}>
                            <Link to={polePath(a.id)}>{a.nom}</Link> ({STATUT_POLE_LABELS[a.statut].toLowerCase()})
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                  <td>
                    {SOUTIEN_COLLECTIVITES_LABELS[p.soutienCollectivites]}
                    {p.evaluationSoutien?.source ? <span className="precision"> — source : {p.evaluationSoutien.source}</span> : null}
                    {p.evaluationSoutien?.dateEvaluation ? <span className="precision"> ({formatJour(p.evaluationSoutien.dateEvaluation)})</span> : null}
                  </td>
                  <td>{p.deuxPrealables ? <strong>Oui</strong> : 'Non'}</td>
                  {jeton ? (
                    <td>
                      <button type="button" onClick={() => setEdition(edition === p.code ? null : p.code)} aria-expanded={edition === p.code}>
                        Évaluer le soutien
                      </button>
                    </td>
                  ) : null}
                </tr>
                {jeton && edition === p.code ? (
                  <tr>
                    <td colSpan={6}>
                      <SoutienForm pays={p} jeton={jeton} onFin={() => setEdition(null)} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
      {pays[0] ? <p className="source-note">{pays[0].methode} Source des préalables : {pays[0].source}</p> : null}
    </section>
  );
}
