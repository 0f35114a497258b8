import type { ColumnDef } from '@tanstack/react-table';
import { formatNombre, formatPourcentage, NON_RENSEIGNE } from '@poles-ess/shared';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { DataTable, type DataTableSort } from '../../ui/table/data-table';
import { FootnoteList, FootnoteRef } from '../../ui/table/footnote-list';
import { toFootnotes, type Footnotes } from '../../ui/table/footnotes';
import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';
import { territoirePath } from '../../ui/url/page-paths';
import type { BretagneRow } from './to-bretagne-rows';

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
      id: 'associationActive',
      header: 'Assoc. active',
      accessorFn: (r) => (r.associationActive ? 'oui' : 'non'),
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

export function BretagneTable({ rows, rayonKm }: { rows: BretagneRow[]; rayonKm: number }) {
  const [sort, setSort] = useState<DataTableSort | null>({ id: 'nom', desc: false });
  const notes = useMemo(() => toFootnotes(rows.map((r) => ({ texte: r.emploiSource, url: r.emploiUrl }))), [rows]);
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
      <FootnoteList notes={notes.notes} urls={notes.urls} titre="Sources de l’emploi ESS (numéros du tableau)" />
    </div>
  );
}
