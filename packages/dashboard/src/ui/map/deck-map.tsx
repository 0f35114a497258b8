import { DeckGL, type DeckGLRef } from '@deck.gl/react';
import type { Layer, MapViewState, PickingInfo } from '@deck.gl/core';
import { useCallback, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { MAP_BACKGROUND } from './map-constants';
import { getMapTooltip, type TooltipContext } from './map-tooltip';
import './map.css';

export interface DeckMapHandle {
  /** Redraws then returns the WebGL canvas, ready to be copied (preserveDrawingBuffer). */
  captureCanvas: () => HTMLCanvasElement | null;
}

export interface DeckMapProps {
  /** `null`: a layer whose data is on its way (the deferred layers wait for it); `false`: a layer turned off. */
  layers: (Layer | null | false)[];
  /**
   * Ids of layers added once the others are drawn (labels, density): the data shows first, and their shaders and
   * font atlas, slow to build in software WebGL, come after. The layers keep their order.
   */
  deferredIds?: readonly string[];
  initialViewState: MapViewState;
  tooltipContext: TooltipContext;
  onPick?: (info: PickingInfo) => void;
  /** Accessible name of the map region. */
  label: string;
  height?: number | string;
  /** New data is on its way: the layers shown stay until it arrives, under a loading notice. */
  busy?: boolean;
  ref?: Ref<DeckMapHandle>;
}

const DEVICE_PROPS = { webgl: { preserveDrawingBuffer: true } } as const;

export function DeckMap({ layers, deferredIds = [], initialViewState, tooltipContext, onPick, label, height = '100%', busy = false, ref }: DeckMapProps) {
  const deckRef = useRef<DeckGLRef>(null);
  const [drawn, setDrawn] = useState(false);
  const drawnRef = useRef(false);
  const [firstDrawn, setFirstDrawn] = useState(false);
  const firstDrawnRef = useRef(false);
  const all = layers.filter(Boolean) as Layer[];
  const awaitingRef = useRef(false);
  awaitingRef.current = layers.includes(null);
  const shown = firstDrawn ? all : all.filter((layer) => !deferredIds.includes(layer.id));
  const deferring = shown.length < all.length;

  // Drawn = every layer has its data and a frame was painted with it. Read by tests and the benchmark
  // (data-etat="pret") instead of waiting a fixed time; updated only when it changes, not at each frame.
  const onAfterRender = useCallback(() => {
    const current = (deckRef.current?.deck?.props.layers ?? []) as unknown as (Layer | null | false)[];
    const loaded = current.every((layer) => !layer || layer.isLoaded);
    if (loaded !== drawnRef.current) {
      drawnRef.current = loaded;
      setDrawn(loaded);
    }
    if (loaded && current.some(Boolean) && !awaitingRef.current && !firstDrawnRef.current) {
      firstDrawnRef.current = true;
      // The deferred layers are added once this frame is on screen: added at once, their build would hold the page
      // before the browser shows the frame (≈ 1.4 s of software WebGL for the labels on this machine).
      requestAnimationFrame(() => setTimeout(() => setFirstDrawn(true), 0));
    }
  }, []);
  const ready = !busy && drawn && !deferring;

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
    <div className="deck-map" role="region" aria-label={label} aria-busy={!ready} data-etat={ready ? 'pret' : 'chargement'} style={{ height }}>
      <DeckGL
        ref={deckRef}
        initialViewState={initialViewState}
        controller={{ keyboard: true, doubleClickZoom: true }}
        layers={shown}
        getTooltip={getTooltip}
        onClick={onPick}
        onLoad={onLoad}
        onAfterRender={onAfterRender}
        deviceProps={DEVICE_PROPS}
        getCursor={({ isHovering }) => (isHovering ? 'pointer' : 'grab')}
        style={{ background: MAP_BACKGROUND }}
      />
      {busy ? (
        <p className="map-loading" role="status">
          Chargement…
        </p>
      ) : null}
    </div>
  );
}
