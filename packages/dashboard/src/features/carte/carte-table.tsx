import type { ColumnDef } from '@tanstack/react-table';
import { STATUT_POLE_LABELS, TYPE_POLE_LABELS, formatNombre } from '@poles-ess/shared';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { DataTable, type DataTableSort } from '../../ui/table/data-table';
import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';
import type { PoleMapPoint, TerritoireCollection } from '../../ui/map/map-types';
import { polePath, territoirePath } from '../../ui/url/page-paths';
import type { NiveauCarte } from './carte-url-state';

interface TerritoireRow {
  code: string;
  nom: string;
  valeur: number | null;
  approximatif: boolean;
}

interface Props {
  collection: TerritoireCollection | null;
  niveau: NiveauCarte;
  indicateurLabel: string | null;
  disponibilite: string | null;
  formatValeur: (value: number | null | undefined) => string;
  poles: readonly PoleMapPoint[];
  showPoles: boolean;
}

// The accessible alternative to the map: the same territories and poles, sortable, keyboard-reachable.
export function CarteTable({ collection, niveau, indicateurLabel, disponibilite, formatValeur, poles, showPoles }: Props) {
  const [sortTerritoires, setSortTerritoires] = useState<DataTableSort | null>({ id: 'nom', desc: false });
  const [sortPoles, setSortPoles] = useState<DataTableSort | null>({ id: 'nom', desc: false });
  const rows: TerritoireRow[] = (collection?.features ?? []).map((f) => ({
    code: f.properties.code,
    nom: f.properties.nom,
    valeur: f.properties.valeur ?? null,
    approximatif: f.properties.geometrieSource === 'APPROXIMATIVE',
  }));
  const columns: ColumnDef<TerritoireRow>[] = [
    {
      id: 'nom',
      header: 'Territoire',
      accessorFn: (r) => r.nom,
      cell: ({ row }) => <Link to={territoirePath(niveau, row.original.code)}>{row.original.nom}</Link>,
    },
    { id: 'code', header: 'Code', accessorFn: (r) => r.code },
    ...(indicateurLabel
      ? [
          {
            id: 'valeur',
            header: indicateurLabel,
            accessorFn: (r: TerritoireRow) => r.valeur ?? undefined,
            sortUndefined: 'last' as const,
            cell: ({ row }: { row: { original: TerritoireRow } }) =>
              row.original.valeur === null ? <ValeurOuInconnu value={null} /> : formatValeur(row.original.valeur),
          },
        ]
      : []),
    { id: 'contour', header: 'Contour', accessorFn: (r) => (r.approximatif ? 'approximatif' : 'officiel') },
  ];
  const poleColumns: ColumnDef<PoleMapPoint>[] = [
    {
      id: 'nom',
      header: 'Pôle',
      accessorFn: (p) => p.nom,
      cell: ({ row }) => <Link to={polePath(row.original.id)}>{row.original.nom}</Link>,
    },
    { id: 'type', header: 'Type', accessorFn: (p) => TYPE_POLE_LABELS[p.type] },
    { id: 'statut', header: 'Statut', accessorFn: (p) => STATUT_POLE_LABELS[p.statut] },
    { id: 'position', header: 'Position', accessorFn: (p) => (p.positionApproximative ? 'approximative' : 'adresse'), enableSorting: false },
  ];
  return (
    <div className="carte-table-wrap">
      <DataTable
        caption={`${formatNombre(rows.length)} territoires${disponibilite ? ` — ${indicateurLabel ?? 'indicateur'} : ${disponibilite}` : ''}`}
        rows={rows}
        columns={columns}
        rowKey={(r) => r.code}
        sort={sortTerritoires}
        onSortChange={setSortTerritoires}
      />
      {showPoles ? (
        <DataTable
          caption={`${formatNombre(poles.length)} pôles placés sur la carte`}
          rows={[...poles]}
          columns={poleColumns}
          rowKey={(p) => p.id}
          sort={sortPoles}
          onSortChange={setSortPoles}
        />
      ) : null}
    </div>
  );
}
