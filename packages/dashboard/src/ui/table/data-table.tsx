import { useMemo } from 'react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import './data-table.css';

export interface DataTableSort {
  id: string;
  desc: boolean;
}

interface DataTableProps<Row> {
  caption: string;
  rows: Row[];
  columns: ColumnDef<Row>[];
  rowKey: (row: Row) => string;
  /** Tri contrôlé (par l'URL) ; null : ordre reçu. */
  sort: DataTableSort | null;
  onSortChange: (sort: DataTableSort | null) => void;
  emptyMessage?: string;
}

function ariaSort(direction: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' {
  if (direction === 'asc') return 'ascending';
  if (direction === 'desc') return 'descending';
  return 'none';
}

// Un tableau triable au clavier : chaque en-tête est un bouton, aria-sort dit l'ordre en cours.
export function DataTable<Row>({ caption, rows, columns, rowKey, sort, onSortChange, emptyMessage }: DataTableProps<Row>) {
  // Un tableau de tri neuf à chaque rendu refait le modèle trié, et TanStack programme alors (microtâche) une remise à zéro
  // de la page qui rend le tableau à nouveau : boucle sans fin qui affamait la navigation. Tri mémorisé, remises coupées
  // (ni pagination ni dépliage ici).
  const sortId = sort?.id;
  const sortDesc = sort?.desc ?? false;
  const sorting = useMemo<SortingState>(() => (sortId === undefined ? [] : [{ id: sortId, desc: sortDesc }]), [sortId, sortDesc]);
  const table = useReactTable({
    data: rows,
    columns,
    state: { sorting },
    autoResetAll: false,
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      onSortChange(next[0] ?? null);
    },
    getRowId: rowKey,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    enableMultiSort: false,
    sortDescFirst: false,
  });
  return (
    <div className="data-table-wrapper">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const direction = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th key={header.id} scope="col" aria-sort={header.column.getCanSort() ? ariaSort(direction) : undefined}>
                    {header.column.getCanSort() ? (
                      <button type="button" onClick={header.column.getToggleSortingHandler()}>
                        {label}
                        <span aria-hidden="true" className="data-table-sort">
                          {direction === 'asc' ? ' ▲' : direction === 'desc' ? ' ▼' : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="data-table-empty">
                {emptyMessage ?? 'Aucune ligne.'}
              </td>
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
