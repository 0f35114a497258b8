import { Link } from 'react-router-dom';
import { formatNombre, STATUT_POLE_LABELS, TYPE_POLE_LABELS } from '@poles-ess/shared';
import type { EtudePageQuery } from '../../graphql/generated/graphql';
import { polePath } from '../../ui/url/page-paths';
import '../../ui/table/data-table.css';

type Projet = EtudePageQuery['projetsEtude'][number];

const PRECISION: Record<string, string> = {
  ADRESSE: 'à l’adresse',
  COMMUNE: 'ville seulement (pas d’adresse)',
  TERRITOIRE: 'Pays ou région seulement',
};

export function ProjetsEtudeTable({ projets }: { projets: readonly Projet[] }) {
  return (
    <section aria-labelledby="projets-titre">
      <h2 id="projets-titre">Les projets que l’étude annonce</h2>
      <div className="data-table-wrapper">
        <table className="data-table projets-etude">
          <caption>Projets de pôles annoncés vers 2010 (statut « projet » dans l’étude) et pôles qui leur correspondent aujourd’hui</caption>
          <thead>
            <tr>
              <th scope="col">Projet</th>
              <th scope="col">Type</th>
              <th scope="col">Date annoncée</th>
              <th scope="col" className="numeric">Surface</th>
              <th scope="col">Lieu (précision)</th>
              <th scope="col">Pôles correspondants</th>
            </tr>
          </thead>
          <tbody>
            {projets.map((p) => (
              <tr key={p.id} id={`projet-${p.id}`}>
                <th scope="row">
                  {p.libelle}
                  {p.nombre > 1 ? ` (${formatNombre(p.nombre)})` : ''}
                  <blockquote className="projet-extrait">« {p.extrait} »</blockquote>
                  <span className="source-note">{p.partieEtude}</span>
                </th>
                <td>{TYPE_POLE_LABELS[p.type]}</td>
                <td>{p.dateAnnoncee ?? <span className="non-renseigne">non renseigné</span>}</td>
                <td className="numeric">{p.surfaceM2 === null ? <span className="non-renseigne">non renseigné</span> : `${formatNombre(p.surfaceM2)} m²`}</td>
                <td>
                  {[p.lieu, p.territoire?.nom].filter(Boolean).join(', ') || <span className="non-renseigne">non renseigné</span>}
                  <br />
                  <span className="precision">Précision : {PRECISION[p.precisionLieu]}</span>
                </td>
                <td>
                  {p.polesCorrespondants.length === 0 ? (
                    <span>aucun</span>
                  ) : (
                    <ul className="liste-compacte">
                      {p.polesCorrespondants.map((pole) => (
                        <li key={pole.id}>
                          <Link to={polePath(pole.id)}>{pole.nom}</Link> ({STATUT_POLE_LABELS[pole.statut].toLowerCase()})
                        </li>
                      ))}
                    </ul>
                  )}
                  <details>
                    <summary>Comment</summary>
                    {p.methodeCorrespondance}
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
