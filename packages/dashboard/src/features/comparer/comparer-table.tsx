import { NIVEAU_TERRITORIAL_LABELS } from '@poles-ess/shared';
import { graphql } from '../../graphql/generated';
import type { ComparerTable_TerritoireFragment } from '../../graphql/generated/graphql';
import { useMemo } from 'react';
import { FootnoteList, FootnoteRef } from '../../ui/table/footnote-list';
import { toFootnotes, type SourceNote } from '../../ui/table/footnotes';
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
      url
      methode
      avertissement
      emploi {
        anneeNature
        uniteEffectif
        borneInferieure
        sourceSecondaire
      }
    }
  }
`);

interface ComparerTableProps {
  territoires: readonly ComparerTable_TerritoireFragment[];
  rows: readonly ComparerRow[];
  onRemove: (cle: string) => void;
  canRemove: boolean;
}

// Source and method of a value, as one note: the same text for every territory is written once, under the table.
function noteDe(cellule: ComparerRow['cellules'][number]): SourceNote {
  if (!cellule.source && !cellule.methode) return { texte: null };
  const source = cellule.source ? `Source : ${cellule.source}${cellule.mentions.length ? ` (${cellule.mentions.join(' ; ')})` : ''}.` : null;
  return { texte: [source, cellule.methode || null].filter(Boolean).join(' '), url: cellule.url };
}

// Un indicateur par ligne, un territoire par colonne ; chaque valeur porte son année et le numéro de sa source.
export function ComparerTable({ territoires, rows, onRemove, canRemove }: ComparerTableProps) {
  const notes = useMemo(() => toFootnotes(rows.flatMap((row) => row.cellules.map(noteDe))), [rows]);
  return (
    <>
      <div className="data-table-wrapper">
        <table className="data-table comparer-table">
          <caption>
            Indicateurs côte à côte (valeur, année ; le numéro renvoie à la source, sous le tableau)
          </caption>
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
                    <button
                      type="button"
                      className="comparer-remove no-print"
                      onClick={() => onRemove(territoireCle(territoire))}
                      aria-label={`Retirer ${territoire.nom} de la comparaison`}
                    >
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
                <th scope="row">
                  {row.libelle}
                  {row.avertissement ? <div className="hint comparer-avertissement">{row.avertissement}</div> : null}
                </th>
                {row.cellules.map((cellule) => (
                  <td key={cellule.territoireCle} className="comparer-cell">
                    <span className={cellule.valeur === null ? 'non-renseigne' : 'comparer-valeur'}>
                      {cellule.texte}
                    </span>
                    {cellule.annee !== null ? <span className="hint"> ({cellule.annee})</span> : null}
                    <FootnoteRef numero={notes.numero(noteDe(cellule).texte)} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FootnoteList notes={notes.notes} urls={notes.urls} titre="Sources et méthodes" />
    </>
  );
}
