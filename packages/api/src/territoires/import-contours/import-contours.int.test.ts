import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from '../../common/sql';
import { createTestDatabase, emptyTestDatabase, type TestApp } from '../../test-support/test-database';
import { insertTerritoiresFixture } from '../../test-support/territoires.fixtures';
import { NiveauTerritorial } from '../territoire.enums';
import { importContoursCommand } from './import-contours.command';
import { importContours } from './import-contours.service';
import { parseContours, readContoursFile } from './read-contours-file';
import { PRJ_LAMBERT_93, writeShapefileZip } from './write-shapefile-zip';

// Ten official départements (fixtures/SOURCE.md): 29, 44 and 56 are in the territories fixture, the others not.
const DEPARTEMENTS = path.join(__dirname, 'fixtures/departements-extrait.geojson');
const SOURCE = 'IGN Admin Express COG 2018, Licence Ouverte';

interface Etat {
  code: string;
  geometrie_source: string;
  geometrie_source_nom: string | null;
  superficie_km2: number | null;
}

// Each test imports into an emptied database (the territories fixture loaded again).
describe('import:contours', () => {
  let app: TestApp;
  let dir: string;
  const etat = async (code: string) =>
    (await app.db.query<Etat>(
      sql`SELECT code, geometrie_source, geometrie_source_nom, superficie_km2 FROM territoire WHERE niveau = 'DEPARTEMENT' AND code = ${code}`,
    ))[0]!;
  const run = async (args: string[]) => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    try {
      await importContoursCommand.run(args, app);
    } finally {
      spy.mockRestore();
    }
    return lines.join('\n');
  };

  beforeAll(async () => {
    app = await createTestDatabase();
  });
  beforeEach(async () => {
    await emptyTestDatabase(app);
    await insertTerritoiresFixture(app.db);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contours-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterAll(() => app.close());

  it('rejects a file with one bad feature whole, writing nothing', async () => {
    const collection = JSON.parse(fs.readFileSync(DEPARTEMENTS, 'utf8')) as { features: { properties: Record<string, unknown>; geometry: { coordinates: unknown } }[] };
    const bad = collection.features.find((f) => f.properties.code === '56')!;
    bad.geometry.coordinates = [[[-3, 47.5], [-2.9, 47.6]]];
    const file = path.join(dir, 'mauvais.geojson');
    fs.writeFileSync(file, JSON.stringify(collection));
    await expect(run([file, '--niveau', 'DEPARTEMENT', '--propriete-code', 'code', '--source', SOURCE])).rejects.toThrow(
      /rien n’a été écrit[\s\S]*\(56\) : anneau de moins de 4 positions/,
    );
    expect((await etat('29')).geometrie_source).toBe('APPROXIMATIVE');
  });

  it('rolls back every outline when a step after the update fails', async () => {
    const file = await readContoursFile(DEPARTEMENTS, NiveauTerritorial.DEPARTEMENT, 'code');
    await expect(
      importContours(app.db, file, {
        niveau: NiveauTerritorial.DEPARTEMENT,
        source: SOURCE,
        accepterInconnus: true,
        apresImport: () => Promise.reject(new Error('échec simulé')),
      }),
    ).rejects.toThrow('échec simulé');
    expect((await etat('29')).geometrie_source).toBe('APPROXIMATIVE');
  });

  it('replaces the outlines of the matched départements, marks them OFFICIELLE and lists unmatched codes', async () => {
    const output = await run([
      DEPARTEMENTS, '--niveau', 'DEPARTEMENT', '--propriete-code', 'code', '--source', SOURCE, '--accepter-inconnus', '--reconstruire-parents',
    ]);
    expect(output).toMatch(/^3 contour\(s\) officiel\(s\) importé\(s\) au niveau DEPARTEMENT \(projection source EPSG:4326\)/);
    expect(output).toMatch(/7 code\(s\) du fichier sans territoire correspondant \(ignorés\) : 01, 02, 11, 22, 35, 52, 53$/m);
    const finistere = await etat('29');
    expect(finistere).toMatchObject({ geometrie_source: 'OFFICIELLE', geometrie_source_nom: SOURCE });
    // Finistère: 6 733 km² (INSEE); the simplified outline is close.
    expect(finistere.superficie_km2).toBeGreaterThan(6400);
    expect(finistere.superficie_km2).toBeLessThan(7100);
    // --reconstruire-parents: Bretagne (29 + 56 in the fixture) becomes the union of official outlines.
    const [bretagne] = await app.db.query<{ geometrie_source: string; km2: number }>(
      sql`SELECT geometrie_source, round(superficie_km2)::int AS km2 FROM territoire WHERE niveau = 'REGION' AND code = '53'`,
    );
    expect(bretagne!.geometrie_source).toBe('OFFICIELLE');
    expect(bretagne!.km2).toBeGreaterThan(finistere.superficie_km2!);
  });

  it('reprojects a Lambert-93 (EPSG:2154) file to WGS84', async () => {
    const [row] = await app.db.query<{ g: string; superficie_km2: number }>(
      sql`SELECT ST_AsGeoJSON(ST_Transform(geom, 2154), 1) AS g, ST_Area(geom::geography) / 1e6 AS superficie_km2 FROM territoire WHERE niveau = 'DEPARTEMENT' AND code = '44'`,
    );
    const lambert = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
      features: [{ type: 'Feature', properties: { INSEE_DEP: '44' }, geometry: JSON.parse(row!.g) as object }],
    };
    const file = parseContours(lambert, NiveauTerritorial.DEPARTEMENT, 'INSEE_DEP');
    expect(file.srid).toBe(2154);
    const report = await importContours(app.db, file, { niveau: NiveauTerritorial.DEPARTEMENT, source: 'test Lambert-93' });
    expect(report.importes).toBe(1);
    const apres = await etat('44');
    expect(apres.geometrie_source_nom).toBe('test Lambert-93');
    expect(Math.abs(apres.superficie_km2! - row!.superficie_km2) / row!.superficie_km2).toBeLessThan(0.01);
  });

  it('reads a zipped Shapefile, reprojected through its .prj or recognised as Lambert-93 without one', async () => {
    // A 10 km × 10 km square in Lambert-93 near Brest, clockwise as Shapefiles want.
    const ring: [number, number][] = [[145000, 6836000], [145000, 6846000], [155000, 6846000], [155000, 6836000], [145000, 6836000]];
    const avecPrj = path.join(dir, 'avec-prj.zip');
    const sansPrj = path.join(dir, 'sans-prj.zip');
    fs.writeFileSync(avecPrj, writeShapefileZip([{ code: '56', ring }], 'INSEE_DEP', PRJ_LAMBERT_93));
    fs.writeFileSync(sansPrj, writeShapefileZip([{ code: '44', ring }], 'INSEE_DEP', null));
    expect(await run([avecPrj, '--niveau', 'DEPARTEMENT', '--propriete-code', 'INSEE_DEP', '--source', 'shp'])).toMatch(/EPSG:4326/);
    expect(await run([sansPrj, '--niveau', 'DEPARTEMENT', '--propriete-code', 'INSEE_DEP', '--source', 'shp'])).toMatch(/EPSG:2154/);
    for (const code of ['56', '44']) {
      const { superficie_km2 } = await etat(code);
      expect(superficie_km2).toBeGreaterThan(98);
      expect(superficie_km2).toBeLessThan(102);
    }
  });

  it('refuses a file whose codes are mostly not of the level (départements imported as régions)', async () => {
    await expect(run([DEPARTEMENTS, '--niveau', 'REGION', '--source', SOURCE])).rejects.toThrow(/7 des 10 codes du fichier/);
    await expect(run([DEPARTEMENTS, '--niveau', 'EPCI', '--source', SOURCE])).rejects.toThrow(/Aucun code du fichier/);
    const [row] = await app.db.query<Etat>(sql`SELECT geometrie_source FROM territoire WHERE niveau = 'REGION' AND code = '11'`);
    expect(row!.geometrie_source).toBe('APPROXIMATIVE');
  });
});
