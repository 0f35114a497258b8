import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { ColumnDef } from '@tanstack/react-table';
import { graphql } from '../../graphql/generated';
import { DataTable, type DataTableSort } from '../../ui/table/data-table';
import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';
import { polePath } from '../../ui/url/page-paths';
import { TypeBadge } from '../../ui/pole/type-badge';
import type { ColonneTri } from './poles-url-state';
import type { PoleTableRow } from './to-pole-table-rows';

// Ce que le tableau des pôles (et ses exports) affiche d'un pôle.
export const PolesTable_pole = graphql(`
  fragment PolesTable_pole on Pole {
    id
    nom
    type
    statut
    anneeStatut
    position
    precisionPosition
    territoireAction {
      libelle
    }
    communeSiege {
      code
      nom
    }
    pays: territoire(niveau: PAYS) {
      code
      nom
    }
    region: territoire(niveau: REGION) {
      code
      nom
    }
    ancienneRegion: territoire(niveau: ANCIENNE_REGION) {
      code
      nom
    }
  }
`);

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

// Les inconnus se rangent toujours à la fin, dans les deux sens.
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return collator.compare(a, b);
}

function textColumn(id: ColonneTri, header: string, value: (row: PoleTableRow) => string | null): ColumnDef<PoleTableRow> {
  return {
    id,
    header,
    accessorFn: value,
    sortingFn: (a, b) => compareText(value(a.original), value(b.original)),
    sortUndefined: 'last',
    cell: (ctx) => <ValeurOuInconnu value={value(ctx.row.original)} />,
  };
}

const poleKey = (row: PoleTableRow): string => row.id;

export function PolesTable({ rows, sort, onSortChange, caption }: { rows: PoleTableRow[]; sort: DataTableSort; onSortChange: (sort: DataTableSort | null) => void; caption: string }) {
  const columns = useMemo<ColumnDef<PoleTableRow>[]>(
    () => [
      {
        id: 'nom',
        header: 'Nom',
        accessorFn: (row) => row.nom,
        sortingFn: (a, b) => collator.compare(a.original.nom, b.original.nom),
        cell: (ctx) => <Link to={polePath(ctx.row.original.id)}>{ctx.row.original.nom}</Link>,
      },
      {
        id: 'type',
        header: 'Type',
        accessorFn: (row) => row.typeLibelle,
        sortingFn: (a, b) => collator.compare(a.original.typeLibelle, b.original.typeLibelle),
        cell: (ctx) => <TypeBadge type={ctx.row.original.type} />,
      },
      {
        id: 'statut',
        header: 'Statut',
        accessorFn: (row) => row.statutLibelle,
        sortingFn: (a, b) => collator.compare(a.original.statutLibelle, b.original.statutLibelle),
        cell: (ctx) => (
          <>
            {ctx.row.original.statutLibelle}
            {ctx.row.original.anneeStatut ? ` (${ctx.row.original.anneeStatut})` : ''}
          </>
        ),
      },
      textColumn('territoireAction', "Territoire d'action", (row) => row.territoireAction),
      textColumn('communeSiege', 'Commune siège', (row) => row.communeSiege),
      textColumn('paysRegion', 'Pays · région', (row) => row.paysRegion),
    ],
    [],
  );
  return <DataTable caption={caption} rows={rows} columns={columns} rowKey={poleKey} sort={sort} onSortChange={onSortChange} emptyMessage="Aucun pôle ne correspond à ces filtres." />;
}
