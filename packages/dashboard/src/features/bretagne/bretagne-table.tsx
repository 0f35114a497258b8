import type { ColumnDef } from '@tanstack/react-table';
import { formatNombre, formatPourcentage, NON_RENSEIGNE, SOUTIEN_COLLECTIVITES_LABELS } from '@poles-ess/shared';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { DataTable, type DataTableSort } from '../../ui/table/data-table';
import { FootnoteList, FootnoteRef } from '../../ui/table/footnote-list';
import { toFootnotes, type Footnotes } from '../../ui/table/footnotes';
import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';
import { territoirePath } from '../../ui/url/page-paths';
import { nombrePrealables, type BretagneRow, type PrealablesRow } from './to-bretagne-rows';

function km(value: number | null): string {
  return value === null ? NON_RENSEIGNE : `${formatNombre(value, 1)} km`;
}

const num = (
  id: keyof BretagneRow,
  header: string,
  format: (r: BretagneRow) => string,
): ColumnDef<BretagneRow> => ({
  id,
  header,
  accessorFn: (r) => (r[id] === null ? undefined : r[id]),
  sortUndefined: 'last',
  cell: ({ row }) => (row.original[id] === null ? <ValeurOuInconnu value={null} /> : format(row.original)),
});

const ouiNon = (value: boolean) => (value ? 'oui' : 'non');

// The study's two prerequisites in one narrow column (the table must fit 1440 px): short words, one per line;
// the whole sentence in the cell's title, the meaning and the sources under the table.
function PrealablesCell({ prealables: p, notes }: { prealables: PrealablesRow; notes: Footnotes }) {
  const soutien = SOUTIEN_COLLECTIVITES_LABELS[p.soutien].toLowerCase();
  const titre =
    `Association de développement active : ${ouiNon(p.associationActive)} ; soutien des collectivités locales : ${soutien}` +
    `${p.soutienSource ? ` (source : ${p.soutienSource})` : ''} ; les deux préalables réunis : ${ouiNon(p.deuxPrealables)}`;
  return (
    <span className="bretagne-prealables" title={titre}>
      <span>Assoc. : {ouiNon(p.associationActive)}</span>
      <span>
        Soutien : {soutien}
        <FootnoteRef numero={notes.numero(p.soutienSource)} />
      </span>
      {p.deuxPrealables ? <strong>Les deux : oui</strong> : <span>Les deux : non</span>}
    </span>
  );
}

export function bretagneColumns(rayonKm: number, notes: Footnotes): ColumnDef<BretagneRow>[] {
  return [
    {
      id: 'nom',
      header: 'Pays',
      accessorFn: (r) => r.nom,
      cell: ({ row }) => <Link to={territoirePath('PAYS', row.original.code)}>{row.original.nom}</Link>,
    },
    num('population', 'Population', (r) => formatNombre(r.population)),
    {
      id: 'prealables',
      header: () => <span title="Les deux préalables de l’étude à la mise en place d’un pôle (voir sous le tableau)">Préalables</span>,
      // By how many of the two a Pays meets; unknown last.
      accessorFn: (r) => (r.prealables ? nombrePrealables(r.prealables) : undefined),
      sortUndefined: 'last',
      cell: ({ row }) => (row.original.prealables ? <PrealablesCell prealables={row.original.prealables} notes={notes} /> : <ValeurOuInconnu value={null} />),
    },
    {
      id: 'couvrants',
      header: 'Pôles couvrant le Pays',
      accessorFn: (r) => r.couvrants.join(', '),
      cell: ({ row }) => row.original.couvrants.join(', ') || '—',
    },
    num('associations', 'Assoc. situées', (r) => formatNombre(r.associations)),
    num('hebergements', 'Héber\u00adgement', (r) => formatNombre(r.hebergements)),
    num('multifonctions', 'Multi\u00adfonction', (r) => formatNombre(r.multifonctions)),
    num('distancePoleKm', 'Pôle actif le + proche', (r) => km(r.distancePoleKm)),
    num('distanceMoyennePondereeKm', 'Dist. moy. pondérée', (r) => km(r.distanceMoyennePondereeKm)),
    num('partPopulationCouverte', `Pop. à < ${formatNombre(rayonKm)} km`, (r) =>
      formatPourcentage(r.partPopulationCouverte),
    ),
    {
      id: 'emploiEss',
      header: 'Emplois ESS',
      accessorFn: (r) => r.emploiEss ?? undefined,
      sortUndefined: 'last',
      cell: ({ row }) =>
        row.original.emploiEss === null ? (
          <ValeurOuInconnu value={null} />
        ) : (
          <>
            <span className="bretagne-nowrap" title={row.original.emploiSource ?? undefined}>
              {formatNombre(row.original.emploiEss)} ({row.original.emploiAnnee ?? 'année non précisée'})
              <FootnoteRef numero={notes.numero(row.original.emploiSource)} />
            </span>
            {/* On a line of its own that wraps: what limits the value must not widen the table past the screen. */}
            {row.original.emploiMentions.length ? <span className="hint bretagne-mentions">{row.original.emploiMentions.join(' ; ')}</span> : null}
          </>
        ),
    },
  ];
}

interface Props {
  rows: BretagneRow[];
  rayonKm: number;
  /** How the API obtains the two prerequisites, and their source (the study); null before they are known. */
  prealablesMethode: { methode: string; source: string } | null;
}

export function BretagneTable({ rows, rayonKm, prealablesMethode }: Props) {
  const [sort, setSort] = useState<DataTableSort | null>({ id: 'nom', desc: false });
  // One numbering for the employment sources and those of the recorded support, in that order.
  const notes = useMemo(
    () => toFootnotes([...rows.map((r) => ({ texte: r.emploiSource, url: r.emploiUrl })), ...rows.map((r) => r.prealables?.soutienSource)]),
    [rows],
  );
  const columns = useMemo(() => bretagneColumns(rayonKm, notes), [rayonKm, notes]);
  return (
    <div className="bretagne-table">
      <DataTable
        caption={`Les ${formatNombre(rows.length)} Pays de Bretagne (cliquez un en-tête pour trier)`}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.code}
        sort={sort}
        onSortChange={setSort}
      />
      <p className="bretagne-note" id="bretagne-prealables">
        Préalables : les deux préalables de l’étude à la mise en place d’un pôle. « Assoc. » : une association de développement active
        (située dans le Pays ou dont le territoire d’action le couvre) ; « Soutien » : le soutien des collectivités locales, tel qu’un
        éditeur l’a évalué avec sa source (inconnu tant que personne ne l’a fait) ; « Les deux » : les deux réunis.
        {prealablesMethode ? ` ${prealablesMethode.methode} Source : ${prealablesMethode.source}` : ''}
      </p>
      <FootnoteList notes={notes.notes} urls={notes.urls} titre="Sources de l’emploi ESS et du soutien des collectivités (numéros du tableau)" />
    </div>
  );
}
