import { useRef } from 'react';

/**
 * The value as it was the last time it was complete: while a new level loads, the map keeps drawing the previous
 * outlines with their own classes (never new classes on old outlines, nor poles floating on an empty map).
 */
export function useLastReady<T>(value: T, ready: boolean): T {
  const last = useRef<T | null>(null);
  if (ready) last.current = value;
  return ready ? value : (last.current ?? value);
}
