// Lambert-93 (EPSG:2154, GRS80 conic conformal): distances in metres, the same in every direction,
// over metropolitan France. Voronoi and power cells drawn in degrees would stretch east-west.
const A = 6378137;
const F = 1 / 298.257222101;
const E = Math.sqrt(2 * F - F * F);
const RAD = Math.PI / 180;
const [PHI1, PHI2, PHI0, LAMBDA0, X0, Y0] = [44 * RAD, 49 * RAD, 46.5 * RAD, 3 * RAD, 700000, 6600000];

const m = (phi: number): number => Math.cos(phi) / Math.sqrt(1 - (E * Math.sin(phi)) ** 2);
const t = (phi: number): number => Math.tan(Math.PI / 4 - phi / 2) / ((1 - E * Math.sin(phi)) / (1 + E * Math.sin(phi))) ** (E / 2);
const N = (Math.log(m(PHI1)) - Math.log(m(PHI2))) / (Math.log(t(PHI1)) - Math.log(t(PHI2)));
const AF = (A * m(PHI1)) / (N * t(PHI1) ** N);
const RHO0 = AF * t(PHI0) ** N;

export type PointPlan = [number, number];

export function projectLambert93(lon: number, lat: number): PointPlan {
  const rho = AF * t(lat * RAD) ** N;
  const theta = N * (lon * RAD - LAMBDA0);
  return [X0 + rho * Math.sin(theta), Y0 + RHO0 - rho * Math.cos(theta)];
}

export function unprojectLambert93(x: number, y: number): PointPlan {
  const dx = x - X0;
  const dy = RHO0 - (y - Y0);
  const tp = (Math.sqrt(dx * dx + dy * dy) / AF) ** (1 / N);
  let phi = Math.PI / 2 - 2 * Math.atan(tp);
  for (let i = 0; i < 8; i++) phi = Math.PI / 2 - 2 * Math.atan(tp * ((1 - E * Math.sin(phi)) / (1 + E * Math.sin(phi))) ** (E / 2));
  return [(Math.atan2(dx, dy) / N + LAMBDA0) / RAD, phi / RAD];
}
