import { DeckGL, type DeckGLRef } from '@deck.gl/react';
import type { Layer, MapViewState, PickingInfo } from '@deck.gl/core';
import { useCallback, useImperativeHandle, useRef, type Ref } from 'react';
import { MAP_BACKGROUND } from './map-constants';
import { getMapTooltip, type TooltipContext } from './map-tooltip';
import './map.css';

export interface DeckMapHandle {
  /** Redraws then returns the WebGL canvas, ready to be copied (preserveDrawingBuffer). */
  captureCanvas: () => HTMLCanvasElement | null;
}

export interface DeckMapProps {
  layers: (Layer | null | false)[];
  initialViewState: MapViewState;
  tooltipContext: TooltipContext;
  onPick?: (info: PickingInfo) => void;
  /** Accessible name of the map region. */
  label: string;
  height?: number | string;
  ref?: Ref<DeckMapHandle>;
}

const DEVICE_PROPS = { webgl: { preserveDrawingBuffer: true } } as const;

export function DeckMap({ layers, initialViewState, tooltipContext, onPick, label, height = '100%', ref }: DeckMapProps) {
  const deckRef = useRef<DeckGLRef>(null);

  useImperativeHandle(ref, () => ({
    captureCanvas: () => {
      const deck = deckRef.current?.deck;
      if (!deck) return null;
      deck.redraw('export-png');
      return deck.getCanvas();
    },
  }));

  // deck.gl's keyboard controller listens on the canvas: it must be reachable with Tab.
  const onLoad = useCallback(() => {
    const canvas = deckRef.current?.deck?.getCanvas();
    if (!canvas) return;
    canvas.tabIndex = 0;
    canvas.setAttribute('aria-label', `${label}. Clavier : flèches pour se déplacer, + et − pour zoomer.`);
  }, [label]);

  const getTooltip = useCallback((info: PickingInfo) => getMapTooltip(info, tooltipContext), [tooltipContext]);

  return (
    <div className="deck-map" role="region" aria-label={label} style={{ height }}>
      <DeckGL
        ref={deckRef}
        initialViewState={initialViewState}
        controller={{ keyboard: true, doubleClickZoom: true }}
        layers={layers.filter(Boolean) as Layer[]}
        getTooltip={getTooltip}
        onClick={onPick}
        onLoad={onLoad}
        deviceProps={DEVICE_PROPS}
        getCursor={({ isHovering }) => (isHovering ? 'pointer' : 'grab')}
        style={{ background: MAP_BACKGROUND }}
      />
    </div>
  );
}
