import { GeoJsonLayer } from '@deck.gl/layers';
import type { PickingInfo } from '@deck.gl/core';
import type { NiveauTerritorial } from '@poles-ess/shared';
import type { Geometry } from 'geojson';
import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { buildLabelsLayer } from '../../ui/map/build-labels-layer';
import { buildPolesLayer } from '../../ui/map/build-poles-layer';
import { buildTerritoiresLayer } from '../../ui/map/build-territoires-layer';
import { DeckMap } from '../../ui/map/deck-map';
import { toLabelPoints, hasApproximateGeometry } from '../../ui/map/feature-label-point';
import { fitViewState, getBounds } from '../../ui/map/fit-view-state';
import { LABELS_LAYER_ID, POLES_LAYER_ID, TERRITOIRES_LAYER_ID } from '../../ui/map/layer-ids';
import { INITIAL_VIEW_STATE, LABEL_MARGIN_PX, SOURCE_APPROXIMATIVE } from '../../ui/map/map-constants';
import type { PoleMapPoint, TerritoireCollection, TerritoireFeature } from '../../ui/map/map-types';
import { polePath, territoirePath } from '../../ui/url/page-paths';

// Labels come once outlines and poles are drawn.
const DEFERRED_LAYER_IDS = [LABELS_LAYER_ID];

const TOOLTIP_CONTEXT = { indicateurLabel: null };
const MAP_WIDTH = 640;
const MAP_HEIGHT = 440;

interface Props {
  nom: string;
  contour: Geometry | null;
  contourApproximatif: boolean;
  membres: TerritoireCollection | null;
  niveauMembres: NiveauTerritorial | null;
  poles: readonly PoleMapPoint[];
}

export function TerritoireMap({ nom, contour, contourApproximatif, membres, niveauMembres, poles }: Props) {
  const navigate = useNavigate();
  const viewState = useMemo(() => {
    const bounds = getBounds([contour, ...(membres?.features.map((f) => f.geometry) ?? [])]);
    return bounds ? { ...INITIAL_VIEW_STATE, ...fitViewState(bounds, MAP_WIDTH, MAP_HEIGHT, 24, LABEL_MARGIN_PX) } : INITIAL_VIEW_STATE;
  }, [contour, membres]);
  const layers = useMemo(
    () => [
      membres ? buildTerritoiresLayer({ collection: membres, breaks: null, selectedCode: null }) : null,
      contour
        ? new GeoJsonLayer({
            id: 'territoire-contour',
            data: { type: 'Feature', geometry: contour, properties: {} },
            filled: !membres,
            getFillColor: [245, 243, 238, 255],
            stroked: true,
            getLineColor: [18, 57, 90, 255],
            lineWidthUnits: 'pixels',
            getLineWidth: 2.5,
          })
        : null,
      membres && membres.features.length <= 40 ? buildLabelsLayer(toLabelPoints(membres)) : null,
      buildPolesLayer(poles),
    ],
    [contour, membres, poles],
  );
  const onPick = (info: PickingInfo) => {
    if (!info.object || !info.layer) return;
    if (info.layer.id === POLES_LAYER_ID) navigate(polePath((info.object as PoleMapPoint).id));
    if (info.layer.id === TERRITOIRES_LAYER_ID && niveauMembres) {
      navigate(territoirePath(niveauMembres, (info.object as TerritoireFeature).properties.code));
    }
  };
  const approximatif = contourApproximatif || hasApproximateGeometry(membres);
  return (
    <figure className="territoire-card" style={{ margin: 0 }}>
      <DeckMap
        label={`Carte de ${nom} et de ses membres`}
        layers={layers}
        deferredIds={DEFERRED_LAYER_IDS}
        initialViewState={viewState}
        tooltipContext={TOOLTIP_CONTEXT}
        onPick={onPick}
        height={MAP_HEIGHT}
      />
      <figcaption className="territoire-note">
        {nom}, ses membres{poles.length ? ' et ses pôles (couleur : type ; pâle : en projet)' : ''}.{' '}
        {approximatif ? `${SOURCE_APPROXIMATIVE}.` : 'Contours officiels.'}
      </figcaption>
    </figure>
  );
}
