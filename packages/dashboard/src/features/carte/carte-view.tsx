import type { PickingInfo } from '@deck.gl/core';
import { TYPE_POLE_COULEURS, TYPE_POLE_LABELS, TYPES_POLE } from '@poles-ess/shared';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ExportButtons } from '../../ui/export';
import { buildDensiteLayer } from '../../ui/map/build-densite-layer';
import { buildLabelsLayer } from '../../ui/map/build-labels-layer';
import { buildPolesLayer } from '../../ui/map/build-poles-layer';
import { buildTerritoiresLayer } from '../../ui/map/build-territoires-layer';
import { DeckMap, type DeckMapHandle } from '../../ui/map/deck-map';
import { exportMapPng } from '../../ui/map/export-map-png';
import { toLabelPoints, hasApproximateGeometry } from '../../ui/map/feature-label-point';
import { DENSITE_LAYER_ID, LABELS_LAYER_ID, POLES_LAYER_ID, TERRITOIRES_LAYER_ID } from '../../ui/map/layer-ids';
import { describeMethode, toLegendItems } from '../../ui/map/legend-items';
import { INITIAL_VIEW_STATE, LABEL_MARGIN_PX, METROPOLE_BOUNDS } from '../../ui/map/map-constants';
import { fitViewState, getBounds } from '../../ui/map/fit-view-state';
import { countNonRenseignes } from '../../ui/map/join-valeurs';
import { MapLegend } from '../../ui/map/map-legend';
import type { PoleMapPoint, TerritoireCollection, TerritoireFeature } from '../../ui/map/map-types';
import { polePath, territoirePath } from '../../ui/url/page-paths';
import { CarteTable } from './carte-table';
import type { CarteUrlState, CarteUrlUpdate } from './carte-url-state';

export interface CarteViewProps {
  state: CarteUrlState;
  update: CarteUrlUpdate;
  collection: TerritoireCollection | null;
  breaks: readonly number[] | null;
  valeursClassees: readonly (number | null | undefined)[];
  indicateurLabel: string | null;
  indicateurUnite?: string;
  indicateurSource: string | null;
  /** « données disponibles pour N territoires sur M », when some have no value. */
  disponibilite: string | null;
  formatValeur: (value: number | null | undefined) => string;
  poles: readonly PoleMapPoint[];
  status: string;
  /** A new level or new figures are loading: the map keeps the current ones under a notice. */
  busy: boolean;
}

// Density and labels come once outlines and poles are drawn.
const DEFERRED_LAYER_IDS = [DENSITE_LAYER_ID, LABELS_LAYER_ID];

// Au-delà, les noms se chevauchent (EPCI, communes) : le tableau les donne.
const MAX_ETIQUETTES = 150;

// France métropolitaine à la taille de l'écran (1280×800 comme 1920×1080) ; les Pays (Bretagne seulement) sont cadrés sur eux.
function initialViewState(collection: TerritoireCollection | null, niveau: string) {
  if (typeof window === 'undefined') return INITIAL_VIEW_STATE;
  const width = Math.max(400, window.innerWidth - 580);
  const height = Math.max(400, window.innerHeight - 190);
  const bounds = niveau === 'PAYS' && collection ? getBounds(collection.features.map((f) => f.geometry)) : null;
  return { ...INITIAL_VIEW_STATE, ...fitViewState(bounds ?? METROPOLE_BOUNDS, width, height, 16, bounds ? LABEL_MARGIN_PX : 16) };
}

export function CarteView(props: CarteViewProps) {
  const { state, update, collection, breaks, valeursClassees, indicateurLabel, indicateurUnite, indicateurSource, disponibilite, formatValeur, poles, status, busy } = props;
  const navigate = useNavigate();
  const mapRef = useRef<DeckMapHandle>(null);
  const paysCollection = state.niveau === 'PAYS' ? collection : null;
  // A new initialViewState object makes deck.gl reframe: only when the framing changes (France ↔ Pays).
  const viewState = useMemo(() => initialViewState(paysCollection, paysCollection ? 'PAYS' : 'FRANCE'), [paysCollection]);
  const couches = new Set(state.couches);
  const showChoro = couches.has('choroplethe') && indicateurLabel !== null;
  const selectedCode = state.territoire?.niveau === state.niveau ? state.territoire.code : null;
  const approximative = hasApproximateGeometry(collection);

  const territoiresLayer = useMemo(
    () => (collection ? buildTerritoiresLayer({ collection, breaks: showChoro ? breaks : null, selectedCode }) : null),
    [collection, breaks, showChoro, selectedCode],
  );
  const labelPoints = useMemo(() => (collection && collection.features.length <= MAX_ETIQUETTES ? toLabelPoints(collection) : []), [collection]);
  const labelsLayer = useMemo(() => buildLabelsLayer(labelPoints), [labelPoints]);
  const polesLayer = useMemo(() => buildPolesLayer(poles), [poles]);
  const [densiteDomain, setDensiteDomain] = useState<[number, number] | null>(null);
  const onDensiteDomain = useCallback(
    ([min, max]: [number, number]) => setDensiteDomain((old) => (old && old[0] === min && old[1] === max ? old : [min, max])),
    [],
  );
  const densiteLayer = useMemo(() => buildDensiteLayer(poles, onDensiteDomain), [poles, onDensiteDomain]);
  const layers = [
    territoiresLayer,
    couches.has('densite') && densiteLayer,
    couches.has('etiquettes') && labelsLayer,
    couches.has('poles') && polesLayer,
  ];
  const tooltipContext = useMemo(() => ({ indicateurLabel: showChoro ? indicateurLabel : null, formatValeur }), [showChoro, indicateurLabel, formatValeur]);

  const onPick = (info: PickingInfo) => {
    const object = info.object as unknown;
    if (!object || !info.layer) return;
    if (info.layer.id === POLES_LAYER_ID) navigate(polePath((object as PoleMapPoint).id));
    if (info.layer.id === TERRITOIRES_LAYER_ID) navigate(territoirePath(state.niveau, (object as TerritoireFeature).properties.code));
  };

  const withUnknown = collection ? countNonRenseignes(collection) > 0 : false;
  const legendItems = showChoro && breaks ? toLegendItems(breaks, valeursClassees, withUnknown, indicateurUnite) : [];
  const exportPng = async () => {
    const canvas = mapRef.current?.captureCanvas();
    if (!canvas) throw new Error('carte indisponible');
    await exportMapPng(
      canvas,
      {
        titre: indicateurLabel ? `${indicateurLabel} par territoire` : 'Pôles de développement de l’ESS',
        legendTitre: showChoro ? indicateurLabel : null,
        legend: legendItems,
        methode: showChoro && breaks ? describeMethode(state.methode, legendItems.length - (withUnknown ? 1 : 0)) : null,
        poles: couches.has('poles') ? TYPES_POLE.map((t) => ({ label: TYPE_POLE_LABELS[t], color: TYPE_POLE_COULEURS[t] })) : [],
        sources: [showChoro ? indicateurSource : null, couches.has('poles') ? 'fiches de l’étude sur les pôles ESS' : null].filter(
          (s): s is string => Boolean(s),
        ),
        approximative,
        date: new Date(),
      },
      'carte-poles-ess',
    );
  };

  return (
    <div className="carte-main">
      <div className="carte-toolbar">
        <div role="tablist" aria-label="Affichage">
          <button type="button" role="tab" aria-selected={state.affichage === 'carte'} onClick={() => update({ affichage: 'carte' })}>
            Carte
          </button>{' '}
          <button type="button" role="tab" aria-selected={state.affichage === 'tableau'} onClick={() => update({ affichage: 'tableau' })}>
            Tableau
          </button>
        </div>
        {state.affichage === 'carte' ? <ExportButtons title="Exporter la carte" actions={[{ label: 'Image PNG', run: exportPng }]} /> : null}
      </div>
      <p className="carte-status" role="status" aria-live="polite">
        {status}
      </p>
      {state.affichage === 'carte' ? (
        <div className="carte-stage">
          <DeckMap
            ref={mapRef}
            label="Carte des territoires et des pôles ; le tableau en donne les mêmes données"
            layers={layers}
            deferredIds={DEFERRED_LAYER_IDS}
            initialViewState={viewState}
            busy={busy}
            tooltipContext={tooltipContext}
            onPick={onPick}
          />
          <MapLegend
            titre={showChoro ? indicateurLabel : null}
            breaks={breaks}
            valeurs={valeursClassees}
            unite={indicateurUnite}
            methode={state.methode}
            withUnknown={withUnknown}
            source={indicateurSource}
            showPoles={couches.has('poles')}
            approximative={approximative}
            disponibilite={showChoro ? disponibilite : null}
            densite={couches.has('densite') ? densiteDomain : null}
          />
        </div>
      ) : (
        <CarteTable
          collection={collection}
          niveau={state.niveau}
          indicateurLabel={showChoro ? indicateurLabel : null}
          disponibilite={showChoro ? disponibilite : null}
          formatValeur={formatValeur}
          poles={poles}
          showPoles={couches.has('poles')}
        />
      )}
    </div>
  );
}
