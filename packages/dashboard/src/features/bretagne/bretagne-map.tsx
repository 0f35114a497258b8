import { useMemo } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import { useNavigate } from 'react-router-dom';
import { buildLabelsLayer } from '../../ui/map/build-labels-layer';
import { buildPolesLayer } from '../../ui/map/build-poles-layer';
import { buildTerritoiresLayer } from '../../ui/map/build-territoires-layer';
import { rgbaToCss, type Rgba } from '../../ui/map/color-scales';
import { DeckMap } from '../../ui/map/deck-map';
import { toContoursLines, toLabelPoints } from '../../ui/map/feature-label-point';
import { LABELS_LAYER_ID, POLES_LAYER_ID, TERRITOIRES_LAYER_ID } from '../../ui/map/layer-ids';
import { fitViewState, getBounds } from '../../ui/map/fit-view-state';
import { BRETAGNE_VIEW_STATE } from '../../ui/map/map-constants';
import type { PoleMapPoint, TerritoireCollection, TerritoireFeature } from '../../ui/map/map-types';
import { joinValeurs } from '../../ui/map/join-valeurs';
import { polePath, territoirePath } from '../../ui/url/page-paths';
import { nomCourtPays } from './nom-court-pays';
import type { BretagneRow } from './to-bretagne-rows';

// Labels come once outlines and poles are drawn.
const DEFERRED_LAYER_IDS = [LABELS_LAYER_ID];

// ColorBrewer Paired : bleu soutenu = association active ; sable clair = aucune.
const AVEC_ASSOCIATION: Rgba = [31, 120, 180, 200];
const SANS_ASSOCIATION: Rgba = [253, 224, 170, 230];

const MAP_HEIGHT = 420;
// Short names (nomCourtPays) need less room at the sides than LABEL_MARGIN_PX, sized for the longest French names.
const LABEL_MARGIN_PAYS_PX = 50;

const DATE_FR = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const TOOLTIP = {
  indicateurLabel: 'Association de développement active',
  formatValeur: (v: number | null | undefined) => (v === 1 ? 'oui' : 'non'),
};

function categoryColor(feature: TerritoireFeature): Rgba {
  return feature.properties.valeur === 1 ? AVEC_ASSOCIATION : SANS_ASSOCIATION;
}

interface Props {
  collection: TerritoireCollection | null;
  rows: readonly BretagneRow[];
  poles: readonly PoleMapPoint[];
  /** AAAA-MM-JJ: the composition of the Pays drawn (outline and population). */
  dateComposition: string;
}

export function BretagneMap({ collection, rows, poles, dateComposition }: Props) {
  const navigate = useNavigate();
  const joined = useMemo(
    () => (collection ? joinValeurs(collection, rows.map((r) => ({ code: r.code, valeur: r.associationActive ? 1 : 0 }))) : null),
    [collection, rows],
  );
  const layers = useMemo(
    () => [
      joined ? buildTerritoiresLayer({ collection: joined, breaks: null, selectedCode: null, categoryColor }) : null,
      buildLabelsLayer(toLabelPoints(joined).map((p) => ({ ...p, nom: nomCourtPays(p.nom) }))),
      buildPolesLayer(poles),
    ],
    [joined, poles],
  );
  const viewState = useMemo(() => {
    const bounds = getBounds(collection?.features.map((f) => f.geometry) ?? []);
    return bounds ? { ...BRETAGNE_VIEW_STATE, ...fitViewState(bounds, 580, MAP_HEIGHT, 12, LABEL_MARGIN_PAYS_PX) } : BRETAGNE_VIEW_STATE;
  }, [collection]);
  const dissous = (collection?.features ?? [])
    .filter((f) => f.properties.dissousLe)
    .map((f) => `${f.properties.nom} : dissous en ${f.properties.dissousLe!.slice(0, 4)}`);
  const onPick = (info: PickingInfo) => {
    if (!info.object || !info.layer) return;
    if (info.layer.id === POLES_LAYER_ID) navigate(polePath((info.object as PoleMapPoint).id));
    if (info.layer.id === TERRITOIRES_LAYER_ID) navigate(territoirePath('PAYS', (info.object as TerritoireFeature).properties.code));
  };
  return (
    <figure className="bretagne-card bretagne-map">
      <DeckMap label="Carte des 21 Pays de Bretagne ; le tableau ci-dessous en donne les mêmes données" layers={layers} deferredIds={DEFERRED_LAYER_IDS} initialViewState={viewState} tooltipContext={TOOLTIP} onPick={onPick} height={MAP_HEIGHT} />
      <figcaption>
        <span className="legend-swatch" style={{ background: rgbaToCss(AVEC_ASSOCIATION) }} aria-hidden="true" /> association de développement active
        (située dans le Pays ou dont le territoire d’action le couvre){' '}
        <span className="legend-swatch" style={{ background: rgbaToCss(SANS_ASSOCIATION) }} aria-hidden="true" /> aucune connue ;
        points : pôles (couleur par type, pâles si en projet ou statut inconnu). Source : fiches de l’étude ; calcul PostGIS.{' '}
        <span className="bretagne-composition">
          Pays dans leur composition au {DATE_FR.format(new Date(dateComposition))}, la dernière où les 21 Pays de l’étude existent
          {dissous.length ? ` (${dissous.join(', ')})` : ''} ; populations : millésime du découpage épinglé (COG 2026).
        </span>{' '}
        {toContoursLines(collection).join(' ')}
      </figcaption>
    </figure>
  );
}
