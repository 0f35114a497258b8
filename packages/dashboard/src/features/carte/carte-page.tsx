import { useQuery } from '@apollo/client/react';
import { formatNombre } from '@poles-ess/shared';
import { useMemo } from 'react';
import { graphql } from '../../graphql/generated';
import { ErrorState } from '../../ui/error-state';
import { asTerritoireCollection, joinValeurs } from '../../ui/map/join-valeurs';
import { toPoleMapPoints } from '../../ui/map/to-pole-map-points';
import { useUrlState } from '../../ui/url/define-url-state';
import { toFiltrePoles } from '../../ui/url/filtre-poles-url-state';
import { CarteFilters } from './carte-filters';
import { findIndicateur, INDICATEURS_CARTE } from './carte-indicateurs';
import { CARTE_URL_STATE } from './carte-url-state';
import { CarteView } from './carte-view';
import { summarizeSources } from './summarize-sources';
import './carte.css';

const CARTE_TERRITOIRES = graphql(`
  query CartePage_territoires($niveau: NiveauTerritorial!, $precision: PrecisionGeometrie) {
    carteTerritoires(niveau: $niveau, precision: $precision)
  }
`);

const CARTE_POLES = graphql(`
  query CartePage_poles($filtre: FiltrePoles) {
    poles(filtre: $filtre, first: 100) {
      totalCount
      nodes {
        ...PoleMapPoint_pole
      }
    }
  }
`);

const CARTE_CLASSES = graphql(`
  query CartePage_classes($indicateur: IndicateurCarte!, $niveau: NiveauTerritorial!, $methode: MethodeClassification!, $nombre: Int!) {
    classes(indicateur: $indicateur, niveau: $niveau, methode: $methode, nombre: $nombre) {
      bornes
      methode
      disponibilite
      valeurs {
        code
        valeur
        classe
        annee
        source
      }
    }
  }
`);

export function CartePage() {
  const [state, update] = useUrlState(CARTE_URL_STATE);
  const territoires = useQuery(CARTE_TERRITOIRES, {
    variables: { niveau: state.niveau, precision: state.niveau === 'EPCI' ? 'MOYENNE' : 'BASSE' },
  });
  const indicateur = findIndicateur(state.indicateur);
  const classes = useQuery(CARTE_CLASSES, {
    skip: !indicateur,
    variables: { indicateur: indicateur?.value ?? 'POPULATION', niveau: state.niveau, methode: state.methode, nombre: state.nombre },
  });
  const poles = useQuery(CARTE_POLES, { variables: { filtre: toFiltrePoles(state) } });

  const collection = useMemo(() => asTerritoireCollection(territoires.data?.carteTerritoires), [territoires.data]);
  const classesData = indicateur ? classes.data?.classes : undefined;
  const joined = useMemo(
    () => (collection ? joinValeurs(collection, classesData?.valeurs ?? null) : null),
    [collection, classesData],
  );
  const sources = useMemo(() => summarizeSources(classesData), [classesData]);
  const valeursClassees = useMemo(() => classesData?.valeurs.map((v) => v.valeur) ?? [], [classesData]);
  const { points, sansPosition } = useMemo(() => toPoleMapPoints(poles.data?.poles.nodes ?? []), [poles.data]);

  const total = poles.data?.poles.totalCount ?? 0;
  const status = territoires.loading || poles.loading || classes.loading
    ? 'Chargement…'
    : `${formatNombre(collection?.features.length ?? 0)} territoires ; ${formatNombre(points.length)} pôle(s) placé(s) sur ${formatNombre(total)}` +
      (sansPosition ? ` (${formatNombre(sansPosition)} sans position connue)` : '') +
      (total > 100 ? ' ; les 100 premiers seulement' : '');

  return (
    <section className="carte-page">
      <h1>Carte des pôles ESS</h1>
      <CarteFilters
        state={state}
        update={update}
        indicateurs={INDICATEURS_CARTE}
        territoires={collection?.features.map((f) => ({ code: f.properties.code, nom: f.properties.nom })) ?? []}
      />
      {territoires.error || poles.error || classes.error ? (
        <ErrorState />
      ) : (
        <CarteView
          state={state}
          update={update}
          collection={joined}
          breaks={classesData?.bornes ?? null}
          valeursClassees={valeursClassees}
          indicateurLabel={indicateur?.label ?? null}
          indicateurUnite={indicateur?.unite}
          indicateurSource={sources}
          disponibilite={classesData?.disponibilite ?? null}
          formatValeur={indicateur?.format ?? formatNombre}
          poles={points}
          status={status}
        />
      )}
    </section>
  );
}
