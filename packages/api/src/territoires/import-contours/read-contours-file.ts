import fs from 'node:fs';
import { badUserInput } from '../../common/api-error';
import { NiveauTerritorial } from '../territoire.enums';
import { detectSrid, samplePositions, type CrsMember } from './detect-srid';
import { polygonProblem } from './validate-polygon';

export interface ContourFeature {
  code: string;
  geometry: string;
}

export interface ContoursFile {
  features: ContourFeature[];
  srid: number;
}

interface GeoJsonFeature {
  type?: string;
  properties?: Record<string, unknown> | null;
  geometry?: { type?: string; coordinates?: unknown } | null;
}

// Length of a code at each level, to restore leading zeros lost when a tool wrote codes as numbers.
const CODE_LENGTH: Partial<Record<NiveauTerritorial, number>> = {
  COMMUNE: 5,
  DEPARTEMENT: 2,
  REGION: 2,
  ANCIENNE_REGION: 2,
  EPCI: 9,
};

function readCode(value: unknown, niveau: NiveauTerritorial): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value).padStart(CODE_LENGTH[niveau] ?? 0, '0');
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}

// Every problem of the file is listed before anything is written: one bad feature rejects the whole file.
export function parseContours(json: unknown, niveau: NiveauTerritorial, proprieteCode: string): ContoursFile {
  const collection = json as { type?: string; features?: GeoJsonFeature[]; crs?: CrsMember };
  const features = collection?.type === 'FeatureCollection' ? collection.features ?? [] : collection?.type === 'Feature' ? [collection as GeoJsonFeature] : null;
  if (!features) throw badUserInput('fichier', 'Le fichier n’est ni une FeatureCollection ni une Feature GeoJSON.');
  const problems: string[] = [];
  const seen = new Set<string>();
  const out: ContourFeature[] = [];
  features.forEach((feature, index) => {
    const label = `objet n° ${index + 1}`;
    const code = readCode(feature.properties?.[proprieteCode], niveau);
    const type = feature.geometry?.type;
    if (!code) problems.push(`${label} : propriété « ${proprieteCode} » absente ou vide`);
    else if (seen.has(code)) problems.push(`${label} : code ${code} en double`);
    if (type !== 'Polygon' && type !== 'MultiPolygon') problems.push(`${label}${code ? ` (${code})` : ''} : géométrie ${type ?? 'absente'}, Polygon ou MultiPolygon attendu`);
    else {
      const problem = polygonProblem(type, feature.geometry?.coordinates);
      if (problem) problems.push(`${label}${code ? ` (${code})` : ''} : ${problem}`);
    }
    if (code) seen.add(code);
    if (code && feature.geometry) out.push({ code, geometry: JSON.stringify(feature.geometry) });
  });
  if (features.length === 0) problems.push('aucun objet dans le fichier');
  if (problems.length > 0) {
    const shown = problems.slice(0, 20).map((p) => `  - ${p}`).join('\n');
    const more = problems.length > 20 ? `\n  … et ${problems.length - 20} autres` : '';
    throw badUserInput('fichier', `Fichier rejeté, rien n’a été écrit (${problems.length} problème(s)) :\n${shown}${more}`);
  }
  const sample = features.slice(0, 5).flatMap((f) => samplePositions(f.geometry?.coordinates, 5));
  const srid = detectSrid(collection.crs, sample);
  if (srid === null) throw badUserInput('fichier', 'Projection inconnue : ajoutez un membre « crs » (EPSG:2154 ou EPSG:4326) au fichier.');
  return { features: out, srid };
}

export async function readContoursFile(file: string, niveau: NiveauTerritorial, proprieteCode: string): Promise<ContoursFile> {
  if (!fs.existsSync(file)) throw badUserInput('fichier', `Fichier introuvable : ${file}`);
  if (/\.zip$/i.test(file)) {
    const { readShapefileZip } = await import('./read-shapefile-zip');
    return parseContours(await readShapefileZip(file), niveau, proprieteCode);
  }
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw badUserInput('fichier', `GeoJSON illisible (${error instanceof Error ? error.message : String(error)}) : rien n’a été écrit.`);
  }
  return parseContours(json, niveau, proprieteCode);
}
