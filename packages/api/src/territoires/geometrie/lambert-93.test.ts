import { projectLambert93, unprojectLambert93 } from './lambert-93';

describe('Lambert-93', () => {
  it('projects as PostGIS does (EPSG:4326 → 2154), to the centimetre', () => {
    const [x, y] = projectLambert93(2.3522, 48.8566);
    expect(x).toBeCloseTo(652469.02, 1);
    expect(y).toBeCloseTo(6862035.26, 1);
    const [xb, yb] = projectLambert93(-4.4861, 48.3904);
    expect(xb).toBeCloseTo(146632.98, 1);
    expect(yb).toBeCloseTo(6836262.33, 1);
  });

  it('comes back to the same longitude and latitude', () => {
    const [lon, lat] = unprojectLambert93(...projectLambert93(7.26, 43.7));
    expect(lon).toBeCloseTo(7.26, 9);
    expect(lat).toBeCloseTo(43.7, 9);
  });
});
