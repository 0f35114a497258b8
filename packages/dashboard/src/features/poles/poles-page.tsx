import { useCallback, useMemo } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { formatNombre } from '@poles-ess/shared';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { ExportButtons, MIME_CSV, MIME_GEOJSON, buildExportFileName, downloadFile } from '../../ui/export';
import type { DataTableSort } from '../../ui/table/data-table';
import { useUrlState } from '../../ui/url/define-url-state';
import { toFiltrePoles } from '../../ui/url/filtre-poles-url-state';
import { PolesFilters } from './poles-filters';
import { POLES_PAGE_QUERY, POLES_PAGE_SIZE } from './poles-page-query';
import { PolesTable } from './poles-table';
import { POLES_URL_STATE, type ColonneTri } from './poles-url-state';
import { toPoleTableRow } from './to-pole-table-rows';
import { fetchAllPoles } from './fetch-all-poles';
import { toPolesCsv, toPolesGeoJson } from './export-poles';
import './poles.css';

export function PolesPage() {
  const [state, update] = useUrlState(POLES_URL_STATE);
  const filtre = useMemo(() => toFiltrePoles(state), [state]);
  const client = useApolloClient();
  const { data, previousData, loading, error } = useQuery(POLES_PAGE_QUERY, { variables: { filtre, first: POLES_PAGE_SIZE } });
  const shown = data ?? previousData;
  const rows = useMemo(() => (shown?.poles.nodes ?? []).map(toPoleTableRow), [shown]);
  const total = shown?.poles.totalCount ?? 0;
  // Tri et rappel stables : le tableau ne recalcule son modèle trié que si l'URL change.
  const sort = useMemo<DataTableSort>(() => ({ id: state.tri, desc: state.ordre === 'desc' }), [state.tri, state.ordre]);
  const onSortChange = useCallback(
    (next: DataTableSort | null) => void update({ tri: (next?.id as ColonneTri | undefined) ?? 'nom', ordre: next?.desc ? 'desc' : 'asc' }),
    [update],
  );

  const exportRows = async () => (shown && !shown.poles.pageInfo.hasNextPage ? rows : (await fetchAllPoles(client, filtre)).map(toPoleTableRow));
  const approximatives = rows.filter((row) => row.positionApproximative).length;

  return (
    <section className="poles-page">
      <h1>Pôles</h1>
      <p className="poles-intro">
        Les pôles de développement de l’ESS recensés par l’étude fondatrice (39 fiches) et ceux ajoutés depuis. Tous les filtres sont
        dans l’adresse de la page : copiez-la pour partager cette liste.
      </p>
      <PolesFilters state={state} onChange={update} />
      <div className="poles-toolbar">
        <p role="status" aria-live="polite" className="poles-count">
          {shown ? `${formatNombre(total)} pôle${total > 1 ? 's' : ''}` : ' '}
          {loading && shown ? ' · mise à jour…' : ''}
          {approximatives > 0 ? ` · ${formatNombre(approximatives)} placé${approximatives > 1 ? 's' : ''} au centre de leur territoire (position approximative)` : ''}
        </p>
        <ExportButtons
          title="Exporter cette liste"
          actions={[
            { label: 'CSV', run: async () => downloadFile(toPolesCsv(await exportRows()), buildExportFileName('poles', 'csv'), MIME_CSV) },
            { label: 'GeoJSON', run: async () => downloadFile(toPolesGeoJson(await exportRows()), buildExportFileName('poles', 'geojson'), MIME_GEOJSON) },
          ]}
        />
      </div>
      {error ? <ErrorState /> : null}
      {!shown && loading ? <LoadingState label="Chargement des pôles…" /> : null}
      {shown ? (
        <PolesTable
          caption={`Pôles (${formatNombre(total)}), triés par ${state.tri === 'paysRegion' ? 'Pays et région' : state.tri}`}
          rows={rows}
          sort={sort}
          onSortChange={onSortChange}
        />
      ) : null}
      {shown && shown.poles.pageInfo.hasNextPage ? (
        <p className="hint">Le tableau montre les {formatNombre(POLES_PAGE_SIZE)} premiers pôles ; les exports contiennent toute la liste filtrée.</p>
      ) : null}
      <p className="source-note">
        Source : fiches de l’étude « Les pôles de développement de l’économie sociale et solidaire en France » (vers 2010) ; la
        provenance de chaque valeur est donnée sur la fiche du pôle.
      </p>
    </section>
  );
}
