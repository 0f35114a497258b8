import { normalizeSearch } from '@poles-ess/shared';
import { badUserInput } from '../common/api-error';
import type { FiltrePoles } from './poles.args';
import { TriPoles } from './pole.enums';

export interface TerritoireKey {
  niveau: string;
  code: string;
}

// The filter as SQL over `pole p`: one WHERE clause, parameters numbered from `params`.
export interface PoleFilterInput extends Omit<FiltrePoles, 'dans'> {
  dans?: TerritoireKey | null;
}

export interface SqlWhere {
  where: string;
  params: unknown[];
}

export function buildPoleWhere(filtre: PoleFilterInput | null | undefined, params: unknown[] = []): SqlWhere {
  const clauses = ['p.supprime_le IS NULL'];
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filtre?.types?.length) clauses.push(`p.type = ANY(${add(filtre.types)}::text[])`);
  if (filtre?.statuts?.length) clauses.push(`p.statut = ANY(${add(filtre.statuts)}::text[])`);
  if (filtre?.fonctions?.length) clauses.push(`p.fonctions && ${add(filtre.fonctions)}::text[]`);
  if (filtre?.dans) {
    clauses.push(
      `EXISTS (SELECT 1 FROM pole_territoire pt WHERE pt.pole_id = p.id AND pt.niveau = ${add(filtre.dans.niveau)} AND pt.code = ${add(filtre.dans.code)})`,
    );
  }
  const recherche = filtre?.recherche ? normalizeSearch(filtre.recherche) : '';
  if (recherche) clauses.push(`p.nom_recherche LIKE ${add(`%${recherche}%`)}`);
  if (filtre?.autourDe) {
    const { lon, lat, rayonKm } = filtre.autourDe;
    checkLonLat(lon, lat, 'filtre.autourDe');
    if (!(rayonKm > 0 && rayonKm <= 2000)) {
      throw badUserInput('filtre.autourDe.rayonKm', 'Le rayon doit être compris entre 0 et 2 000 km.');
    }
    clauses.push(
      `ST_DWithin(p.position::geography, ST_SetSRID(ST_MakePoint(${add(lon)}, ${add(lat)}), 4326)::geography, ${add(rayonKm * 1000)})`,
    );
  }
  if (filtre?.bbox) {
    const { ouest, sud, est, nord } = filtre.bbox;
    checkLonLat(ouest, sud, 'filtre.bbox');
    checkLonLat(est, nord, 'filtre.bbox');
    if (ouest >= est || sud >= nord) throw badUserInput('filtre.bbox', 'Le rectangle doit aller de l’ouest à l’est et du sud au nord.');
    clauses.push(`p.position && ST_MakeEnvelope(${add(ouest)}, ${add(sud)}, ${add(est)}, ${add(nord)}, 4326)`);
  }
  return { where: clauses.join(' AND '), params };
}

function checkLonLat(lon: number, lat: number, champ: string): void {
  if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
    throw badUserInput(champ, 'Coordonnées hors limites : longitude entre -180 et 180, latitude entre -90 et 90.');
  }
}

export function buildPoleOrder(tri: TriPoles | null | undefined, filtre: PoleFilterInput | null | undefined, params: unknown[]): string {
  switch (tri ?? TriPoles.NOM) {
    case TriPoles.NOM:
      return 'p.nom_recherche, p.id';
    case TriPoles.TYPE:
      return 'p.type, p.nom_recherche, p.id';
    case TriPoles.STATUT:
      return 'p.statut, p.nom_recherche, p.id';
    case TriPoles.MODIFIE_LE:
      return 'p.modifie_le DESC, p.id';
    case TriPoles.DISTANCE: {
      if (!filtre?.autourDe) throw badUserInput('tri', 'Le tri par distance demande le filtre autourDe.');
      params.push(filtre.autourDe.lon, filtre.autourDe.lat);
      const n = params.length;
      return `ST_Distance(p.position::geography, ST_SetSRID(ST_MakePoint($${n - 1}, $${n}), 4326)::geography), p.id`;
    }
  }
}
