import proj4 from 'proj4';

// Lambert-93 (EPSG:2154, GRS80 conic conformal): distances in metres, the same in every direction, over
// metropolitan France. Voronoi and power cells drawn in degrees would stretch east-west. The definition is
// EPSG's (as in PostGIS's spatial_ref_sys); proj4 does the maths.
const LAMBERT_93 =
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
const converter = proj4('EPSG:4326', LAMBERT_93);

export type PointPlan = [number, number];

export function projectLambert93(lon: number, lat: number): PointPlan {
  const [x, y] = converter.forward([lon, lat]);
  return [x!, y!];
}

export function unprojectLambert93(x: number, y: number): PointPlan {
  const [lon, lat] = converter.inverse([x, y]);
  return [lon!, lat!];
}
