import { useQuery } from '@apollo/client/react';
import { formatCompte, formatNombre, NIVEAU_TERRITORIAL_LABELS } from '@poles-ess/shared';
import { lazy, Suspense, useMemo } from 'react';
import { graphql } from '../../graphql/generated';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { asTerritoireCollection, joinValeurs } from '../../ui/map/join-valeurs';
import { MAP_LAYER_REQUEST } from '../../ui/map/map-layer-request';
import { toPoleMapPoints } from '../../ui/map/to-pole-map-points';
import { useLastReady } from '../../ui/use-last-ready';
import { useUrlState } from '../../ui/url/define-url-state';
import { toFiltrePoles } from '../../ui/url/filtre-poles-url-state';
import { CarteFilters } from './carte-filters';
import { findIndicateur, INDICATEURS_CARTE } from './carte-indicateurs';
import { CARTE_URL_STATE } from './carte-url-state';
import { summarizeSources } from './summarize-sources';
import './carte.css';

// The view's code (deck.gl: the largest chunk) loads while the page's queries are on their way, not before they leave.
const CarteView = lazy(() => import('./carte-view').then((m) => ({ default: m.CarteView })));

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
      comptage {
        explication
      }
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

// What the legend and the table say about the indicator: for how many territories it has values, and by which
// rule it counts poles (both from the API).
function noteIndicateur(classes: { disponibilite?: string | null; comptage?: { explication: string } | null } | undefined): string | null {
  const notes = [classes?.disponibilite ? `${classes.disponibilite.charAt(0).toUpperCase()}${classes.disponibilite.slice(1)}.` : null, classes?.comptage?.explication ?? null];
  return notes.filter((n): n is string => n !== null).join(' ') || null;
}

export function CartePage() {
  const [state, update] = useUrlState(CARTE_URL_STATE);
  const territoires = useQuery(CARTE_TERRITOIRES, {
    variables: { niveau: state.niveau, precision: state.niveau === 'EPCI' ? 'MOYENNE' : 'BASSE' },
    context: MAP_LAYER_REQUEST,
  });
  const indicateur = findIndicateur(state.indicateur);
  const classes = useQuery(CARTE_CLASSES, {
    skip: !indicateur,
    variables: { indicateur: indicateur?.value ?? 'POPULATION', niveau: state.niveau, methode: state.methode, nombre: state.nombre },
  });
  const poles = useQuery(CARTE_POLES, { variables: { filtre: toFiltrePoles(state) } });

  // A level is shown once its outlines and its classes have both arrived; until then the previous one stays.
  const enCours = territoires.loading || (indicateur !== null && classes.loading);
  const collectionCourante = useMemo(() => asTerritoireCollection(territoires.data?.carteTerritoires), [territoires.data]);
  const courant = { collection: collectionCourante, classesData: indicateur ? classes.data?.classes : undefined, niveau: state.niveau };
  const affiche = useLastReady(courant, !enCours && !territoires.error && !classes.error);
  const { collection, classesData } = affiche;
  const joined = useMemo(
    () => (collection ? joinValeurs(collection, classesData?.valeurs ?? null) : null),
    [collection, classesData],
  );
  const sources = useMemo(() => summarizeSources(classesData), [classesData]);
  const valeursClassees = useMemo(() => classesData?.valeurs.map((v) => v.valeur) ?? [], [classesData]);
  const polesData = poles.data ?? poles.previousData;
  const { points, sansPosition } = useMemo(() => toPoleMapPoints(polesData?.poles.nodes ?? []), [polesData]);

  const total = polesData?.poles.totalCount ?? 0;
  const busy = enCours || poles.loading;
  const status = busy
    ? `Chargement… (${NIVEAU_TERRITORIAL_LABELS[state.niveau]})`
    : `${formatNombre(collection?.features.length ?? 0)} territoires ; ${formatCompte(points.length, 'pôle placé', 'pôles placés')} sur ${formatNombre(total)}` +
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
        <Suspense fallback={<LoadingState label="Chargement de la carte…" />}>
          <CarteView
            state={affiche.niveau === state.niveau ? state : { ...state, niveau: affiche.niveau }}
            busy={busy}
            update={update}
            collection={joined}
            breaks={classesData?.bornes ?? null}
            valeursClassees={valeursClassees}
            indicateurLabel={indicateur?.label ?? null}
            indicateurUnite={indicateur?.unite}
            indicateurSource={sources}
            disponibilite={noteIndicateur(classesData)}
            formatValeur={indicateur?.format ?? formatNombre}
            poles={points}
            status={status}
          />
        </Suspense>
      )}
    </section>
  );
}
