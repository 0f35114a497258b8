import { render } from '@testing-library/react';
import type { ColumnDef } from '@tanstack/react-table';
import { DataTable, type DataTableSort } from './data-table';

interface Ligne {
  id: string;
  nom: string;
}

const ROWS: Ligne[] = [
  { id: 'a', nom: 'Brest' },
  { id: 'b', nom: 'Albi' },
];
const noop = () => undefined;
const rowKey = (row: Ligne) => row.id;

describe('DataTable', () => {
  it('settles after its parent re-renders with an equal sort (no render loop that would starve navigation)', async () => {
    let renders = 0;
    const columns: ColumnDef<Ligne>[] = [
      {
        id: 'nom',
        header: 'Nom',
        accessorFn: (row) => row.nom,
        cell: (ctx) => {
          renders += 1;
          return ctx.row.original.nom;
        },
      },
    ];
    // Le parent recrée l'objet de tri à chaque rendu, comme une page qui le lit dans l'URL.
    const view = (sort: DataTableSort) => <DataTable caption="Pôles" rows={ROWS} columns={columns} rowKey={rowKey} sort={sort} onSortChange={noop} />;
    const { rerender, getAllByRole } = render(view({ id: 'nom', desc: false }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    rerender(view({ id: 'nom', desc: false }));
    rerender(view({ id: 'nom', desc: false }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = renders;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(renders).toBe(before);
    expect(renders).toBeLessThanOrEqual(4 * ROWS.length);
    expect(getAllByRole('row').map((row) => row.textContent)).toEqual(['Nom ↕'.replace('↕', '▲'), 'Albi', 'Brest']);
  });
});
