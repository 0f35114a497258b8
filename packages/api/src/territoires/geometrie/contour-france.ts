import fs from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';

// Natural Earth 1:10m (world-atlas, public domain): the France feature gives the coastline and the
// borders with the neighbouring countries; its parts are sorted by zone with these boxes [W, S, E, N].
export const ZONES_CONTOUR: Record<string, [number, number, number, number]> = {
  METRO: [-6, 41, 10, 52],
  '971': [-62, 15.8, -60.9, 16.6],
  '972': [-61.3, 14.3, -60.7, 14.95],
  '973': [-55, 2, -51, 6],
  '974': [55, -21.5, 56, -20.7],
  '976': [44.9, -13.1, 45.4, -12.5],
};

const FRANCE_ID = '250';

export function readContourFrance(): string {
  const file = path.join(path.dirname(require.resolve('world-atlas/package.json')), 'countries-10m.json');
  type Topologie = Parameters<typeof feature>[0];
  const topology = JSON.parse(fs.readFileSync(file, 'utf8')) as Topologie;
  const countries = topology.objects.countries as Parameters<typeof feature>[1];
  const collection = feature(topology, countries) as unknown as { features: { id?: string | number; geometry: unknown }[] };
  const france = collection.features.find((f) => String(f.id) === FRANCE_ID);
  if (!france) throw new Error('world-atlas : pays 250 (France) introuvable');
  return JSON.stringify(france.geometry);
}
