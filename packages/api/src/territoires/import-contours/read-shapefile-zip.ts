import fs from 'node:fs';
import { badUserInput } from '../../common/api-error';

type Shp = (input: Buffer) => Promise<unknown>;

let cached: Shp | null = null;

// shpjs 6 ships an ES module and a browser UMD bundle marked as ES module too ("type": "module"), which
// neither CommonJS nor Jest can require: the UMD bundle is evaluated with a CommonJS `module` instead.
function loadShpjs(): Shp {
  if (cached) return cached;
  const code = fs.readFileSync(require.resolve('shpjs'), 'utf8');
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'self', code)(module, module.exports, globalThis);
  if (typeof module.exports !== 'function') throw new Error('shpjs : parseur introuvable');
  cached = module.exports as Shp;
  return cached;
}

// A zipped Shapefile (.shp, .dbf, .prj): shpjs reprojects to WGS84 when the .prj names the projection.
// Several layers in one zip are refused: the user says which level is imported.
export async function readShapefileZip(file: string): Promise<unknown> {
  const shp = loadShpjs();
  let result: unknown;
  try {
    result = await shp(fs.readFileSync(file));
  } catch (error) {
    throw badUserInput('fichier', `Shapefile illisible (${error instanceof Error ? error.message : String(error)}) : rien n’a été écrit.`);
  }
  if (Array.isArray(result)) {
    if (result.length !== 1) throw badUserInput('fichier', `Le zip contient ${result.length} couches : n’en gardez qu’une.`);
    return result[0];
  }
  return result;
}
