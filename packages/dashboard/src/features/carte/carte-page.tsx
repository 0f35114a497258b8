import { useQuery } from '@apollo/client/react';
import { formatNombre } from '@poles-ess/shared';
import { useMemo } from 'react';
import { useCarteUrlState } from '../../app/use-url-state';
import { graphql } from '../../graphql/generated';
import { ErrorState } from '../../ui/error-state';
import { CarteFilters } from './carte-filters';
import { CarteView } from './carte-view';
import { asTerritoireCollection, joinValeurs } from './join-valeurs';
import { toPoleMapPoints } from './to-pole-map-points';
import './carte.css';

const CARTE_TERRITOIRES = graphql(`
  query CartePage_territoires($niveau: NiveauTerritorial!, $precision: PrecisionGeometrie) {
    carteTerritoires(niveau: $niveau, precision: $precision)
  }
`);

export function CartePage() {
  const [state, update] = useCarteUrlState();
  const territoires = useQuery(CARTE_TERRITOIRES, {
    variables: { niveau: state.niveau, precision: state.niveau === 'EPCI' ? 'MOYENNE' : 'BASSE' },
  });

  const collection = useMemo(() => asTerritoireCollection(territoires.data?.carteTerritoires), [territoires.data]);
  const joined = useMemo(() => (collection ? joinValeurs(collection, null) : null), [collection]);
  const { points, sansPosition } = useMemo(() => toPoleMapPoints([]), []);

  const status = territoires.loading
    ? 'Chargement des contours…'
    : `${formatNombre(collection?.features.length ?? 0)} territoires, ${formatNombre(points.length)} pôles placés` +
      (sansPosition ? `, ${formatNombre(sansPosition)} sans position connue (non placés)` : '');

  return (
    <section className="carte-page">
      <h1>Carte des pôles ESS</h1>
      <CarteFilters state={state} update={update} indicateurs={[]} />
      {territoires.error ? (
        <ErrorState />
      ) : (
        <CarteView
          state={state}
          update={update}
          collection={joined}
          breaks={null}
          indicateurLabel={null}
          indicateurSource={null}
          formatValeur={(v) => formatNombre(v)}
          poles={points}
          status={status}
        />
      )}
    </section>
  );
}
