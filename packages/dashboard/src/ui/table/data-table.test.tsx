import { act, render } from '@testing-library/react';
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
// Far more renders than any settled table needs: past it, a render loop is stopped instead of hanging the test.
const RENDER_LIMIT = 50;

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
          if (renders > RENDER_LIMIT) throw new Error('DataTable re-renders without end');
          return ctx.row.original.nom;
        },
      },
    ];
    // Le parent recrée l'objet de tri à chaque rendu, comme une page qui le lit dans l'URL.
    const view = (sort: DataTableSort) => <DataTable caption="Pôles" rows={ROWS} columns={columns} rowKey={rowKey} sort={sort} onSortChange={noop} />;
    const { rerender, getAllByRole } = render(view({ id: 'nom', desc: false }));
    // act() runs every update the re-renders cause, the table's queued resets included, until none is left.
    await act(async () => {
      rerender(view({ id: 'nom', desc: false }));
      rerender(view({ id: 'nom', desc: false }));
    });
    expect(renders).toBeLessThanOrEqual(3 * ROWS.length);
    expect(getAllByRole('row').map((row) => row.textContent)).toEqual(['Nom ▲', 'Albi', 'Brest']);
  });
});
