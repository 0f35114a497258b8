import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';
import type { EtudeVsFichesRow } from './to-etude-vs-fiches-rows';
import '../../ui/table/data-table.css';

export function EtudeVsFichesTable({ rows }: { rows: EtudeVsFichesRow[] }) {
  return (
    <div className="data-table-wrapper">
      <table className="data-table etude-vs-fiches">
        <caption>Les comptes de l’étude à côté de ce que contiennent ses fiches</caption>
        <thead>
          <tr>
            <th scope="col">Ce qui est compté</th>
            <th scope="col">Périmètre</th>
            <th scope="col" className="numeric">Selon l’étude</th>
            <th scope="col" className="numeric">Dans les fiches</th>
            <th scope="col">Détail</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.cle} id={`compte-${row.cle}`}>
              <th scope="row">{row.libelle}</th>
              <td>{row.perimetre}</td>
              <td className="numeric">
                <strong>
                  <ValeurOuInconnu value={row.etude} />
                </strong>
              </td>
              <td className="numeric">
                <strong>{row.fiches}</strong>
              </td>
              <td className="etude-vs-fiches-detail">
                {row.etudeDetail ? <span>Étude : {row.etudeDetail}. </span> : null}
                <span>
                  Fiches : {row.fichesDetail}
                  {row.fichesNoms.length > 0 && row.fichesNoms.length <= 12 ? ` (${row.fichesNoms.join(', ')})` : ''}.
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
