import { NIVEAU_TERRITORIAL_LABELS } from '@poles-ess/shared';
import { graphql } from '../../graphql/generated';
import type { ComparerTable_TerritoireFragment } from '../../graphql/generated/graphql';
import { territoireCle, type ComparerRow } from './to-comparer-rows';
import '../../ui/table/data-table.css';

export const ComparerTable_territoire = graphql(`
  fragment ComparerTable_territoire on ComparaisonTerritoire {
    niveau
    code
    nom
    parent
    valeurs {
      indicateur
      valeur
      texte
      annee
      source
      methode
    }
  }
`);

interface ComparerTableProps {
  territoires: readonly ComparerTable_TerritoireFragment[];
  rows: readonly ComparerRow[];
  onRemove: (cle: string) => void;
  canRemove: boolean;
}

// Un indicateur par ligne, un territoire par colonne ; chaque valeur porte son année et sa source.
export function ComparerTable({ territoires, rows, onRemove, canRemove }: ComparerTableProps) {
  return (
    <div className="data-table-wrapper">
      <table className="data-table comparer-table">
        <caption>Indicateurs côte à côte (valeur, année, source)</caption>
        <thead>
          <tr>
            <th scope="col">Indicateur</th>
            {territoires.map((territoire) => (
              <th key={territoireCle(territoire)} scope="col">
                {territoire.nom}
                <div className="hint">
                  {NIVEAU_TERRITORIAL_LABELS[territoire.niveau]} {territoire.code}
                  {territoire.parent ? ' · ajouté comme parent' : ''}
                </div>
                {canRemove && !territoire.parent ? (
                  <button type="button" className="comparer-remove no-print" onClick={() => onRemove(territoireCle(territoire))} aria-label={`Retirer ${territoire.nom} de la comparaison`}>
                    Retirer
                  </button>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.indicateur}>
              <th scope="row">{row.libelle}</th>
              {row.cellules.map((cellule) => (
                <td key={cellule.territoireCle} className="comparer-cell">
                  <span className={cellule.valeur === null ? 'non-renseigne' : 'comparer-valeur'}>{cellule.texte}</span>
                  {cellule.annee !== null ? <span className="hint"> ({cellule.annee})</span> : null}
                  {cellule.source ? <div className="fiche-source">Source : {cellule.source}</div> : null}
                  {cellule.methode ? <div className="fiche-source">{cellule.methode}</div> : null}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
