import type { Express, Request } from 'express';
import { FONCTIONS_POLE, NIVEAUX_TERRITORIAUX, STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import { ApiError, badUserInput } from '../common/api-error';
import type { AppServices } from '../context';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import { exportPoles } from './export-poles';
import { FormatExport, TriPoles } from './pole.enums';
import type { PoleFilterInput } from './poles-filter.sql';

function list<T extends string>(req: Request, name: string, allowed: readonly T[]): T[] | null {
  const raw = req.query[name];
  if (typeof raw !== 'string' || raw === '') return null;
  const values = raw.split(',').map((v) => v.trim().toUpperCase());
  const unknown = values.find((v) => !allowed.includes(v as T));
  if (unknown) throw badUserInput(name, `Valeur inconnue « ${unknown} » : attendu ${allowed.join(', ')}.`);
  return values as T[];
}

function numbers(req: Request, name: string, count: number): number[] | null {
  const raw = req.query[name];
  if (typeof raw !== 'string' || raw === '') return null;
  const values = raw.split(',').map(Number);
  if (values.length !== count || values.some((v) => !Number.isFinite(v))) {
    throw badUserInput(name, `${name} attend ${count} nombres séparés par des virgules.`);
  }
  return values;
}

// Same filters as FiltrePoles, in the query string: ?types=A,B&statuts=…&dans=REGION:53&recherche=…
// &autourDe=lon,lat,rayonKm&bbox=ouest,sud,est,nord&tri=NOM
export function readExportFilter(req: Request): { filtre: PoleFilterInput; tri: TriPoles | null } {
  const dans = typeof req.query.dans === 'string' && req.query.dans ? req.query.dans.split(':') : null;
  if (dans && (dans.length !== 2 || !NIVEAUX_TERRITORIAUX.includes(dans[0] as never))) {
    throw badUserInput('dans', 'dans attend NIVEAU:CODE, ex. REGION:53.');
  }
  const autour = numbers(req, 'autourDe', 3);
  const bbox = numbers(req, 'bbox', 4);
  const tri = typeof req.query.tri === 'string' && req.query.tri ? req.query.tri.toUpperCase() : null;
  if (tri && !(tri in TriPoles)) throw badUserInput('tri', `Tri inconnu : attendu ${Object.keys(TriPoles).join(', ')}.`);
  return {
    filtre: {
      types: list(req, 'types', TYPES_POLE),
      statuts: list(req, 'statuts', STATUTS_POLE),
      fonctions: list(req, 'fonctions', FONCTIONS_POLE),
      dans: dans ? { niveau: dans[0] as TerritoireRef['niveau'], code: dans[1]! } : null,
      recherche: typeof req.query.recherche === 'string' ? req.query.recherche : null,
      autourDe: autour ? { lon: autour[0]!, lat: autour[1]!, rayonKm: autour[2]! } : null,
      bbox: bbox ? { ouest: bbox[0]!, sud: bbox[1]!, est: bbox[2]!, nord: bbox[3]! } : null,
    },
    tri: tri as TriPoles | null,
  };
}

// GET /export/poles.csv and /export/poles.geojson: the filtered list as a file to download.
export function registerPolesExportRoutes(app: Express, services: AppServices): void {
  app.get(/^\/export\/poles\.(csv|geojson)$/, async (req, res) => {
    const format = req.params[0] === 'csv' ? FormatExport.CSV : FormatExport.GEOJSON;
    try {
      const { filtre, tri } = readExportFilter(req);
      const body = await exportPoles(services.db, format, filtre, tri);
      const date = new Date().toISOString().slice(0, 10);
      res
        .type(format === FormatExport.CSV ? 'text/csv; charset=utf-8' : 'application/geo+json; charset=utf-8')
        .attachment(`poles-${date}.${format === FormatExport.CSV ? 'csv' : 'geojson'}`)
        .send(body);
    } catch (error) {
      if (error instanceof ApiError) {
        res.status(400).json({ code: error.extensions.code, champ: error.extensions.champ ?? null, message: error.message });
        return;
      }
      console.error('[export] erreur interne', error);
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Erreur interne du serveur.' });
    }
  });
}
