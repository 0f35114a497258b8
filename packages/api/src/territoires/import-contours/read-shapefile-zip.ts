import fs from 'node:fs';
import { CliError } from '../../cli/cli-error';

type Shp = (input: Buffer) => Promise<unknown>;

// A zipped Shapefile (.shp, .dbf, .prj): shpjs reprojects to WGS84 when the .prj names the projection.
// Several layers in one zip are refused: the user says which level is imported.
export async function readShapefileZip(file: string): Promise<unknown> {
  // shpjs ships no types; its CommonJS build exposes the parser as `default`.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const shp = (require('shpjs') as { default: Shp }).default;
  let result: unknown;
  try {
    result = await shp(fs.readFileSync(file));
  } catch (error) {
    throw new CliError(`Shapefile illisible (${error instanceof Error ? error.message : String(error)}) : rien n’a été écrit.`);
  }
  if (Array.isArray(result)) {
    if (result.length !== 1) throw new CliError(`Le zip contient ${result.length} couches : n’en gardez qu’une.`);
    return result[0];
  }
  return result;
}
