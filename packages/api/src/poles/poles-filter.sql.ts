import { normalizeSearch } from '@poles-ess/shared';
import { assertUnreachable, badUserInput } from '../common/api-error';
import { join, sql, type Sql } from '../common/sql';
import type { TerritoireRef } from '../territoires/territoire-ref.input';
import type { AutourDe, FiltrePoles } from './poles.args';
import type { TriPoles } from './pole.enums';

// The filter as the SQL of a pole list (`p`), from GraphQL or from an export's query string.
export interface PoleFilterInput extends Omit<FiltrePoles, 'dans'> {
  dans?: TerritoireRef | null;
}

function checkLonLat(lon: number, lat: number, champ: string): void {
  if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
    throw badUserInput(champ, 'Coordonnées hors limites : longitude entre -180 et 180, latitude entre -90 et 90.');
  }
}

// The centre of `autourDe`: its coordinates, or its territory's representative point (the one the coverage's
// distances start from), as a geography.
export function centreAutourDe(autourDe: AutourDe): Sql {
  const { lon, lat, territoire } = autourDe;
  const coordonnees = lon !== null && lon !== undefined && lat !== null && lat !== undefined;
  if (coordonnees === Boolean(territoire)) {
    throw badUserInput('filtre.autourDe', 'Donnez soit lon et lat, soit un territoire (son point représentatif), pas les deux.');
  }
  if (territoire) {
    return sql`(SELECT t.centre FROM territoire t WHERE t.niveau = ${territoire.niveau} AND t.code = ${territoire.code})::geography`;
  }
  checkLonLat(lon!, lat!, 'filtre.autourDe');
  return sql`ST_SetSRID(ST_MakePoint(${lon!}, ${lat!}), 4326)::geography`;
}

// One WHERE clause over `pole p`: the filters combine (AND), the values of a list alternate (OR).
export function buildPoleWhere(filtre: PoleFilterInput | null | undefined): Sql {
  const clauses: Sql[] = [sql`p.supprime_le IS NULL`];
  if (filtre?.types?.length) clauses.push(sql`p.type = ANY(${filtre.types}::text[])`);
  if (filtre?.statuts?.length) clauses.push(sql`p.statut = ANY(${filtre.statuts}::text[])`);
  if (filtre?.fonctions?.length) clauses.push(sql`p.fonctions && ${filtre.fonctions}::text[]`);
  if (filtre?.dans) {
    clauses.push(sql`EXISTS (SELECT 1 FROM pole_territoire pt WHERE pt.pole_id = p.id AND pt.niveau = ${filtre.dans.niveau} AND pt.code = ${filtre.dans.code})`);
  }
  const recherche = filtre?.recherche ? normalizeSearch(filtre.recherche) : '';
  if (recherche) clauses.push(sql`p.nom_recherche LIKE ${`%${recherche}%`}`);
  if (filtre?.autourDe) {
    const { rayonKm } = filtre.autourDe;
    if (!(rayonKm > 0 && rayonKm <= 2000)) throw badUserInput('filtre.autourDe.rayonKm', 'Le rayon doit être compris entre 0 et 2 000 km.');
    clauses.push(sql`ST_DWithin(p.position::geography, ${centreAutourDe(filtre.autourDe)}, ${rayonKm * 1000})`);
  }
  if (filtre?.bbox) {
    const { ouest, sud, est, nord } = filtre.bbox;
    checkLonLat(ouest, sud, 'filtre.bbox');
    checkLonLat(est, nord, 'filtre.bbox');
    if (ouest >= est || sud >= nord) throw badUserInput('filtre.bbox', 'Le rectangle doit aller de l’ouest à l’est et du sud au nord.');
    clauses.push(sql`p.position && ST_MakeEnvelope(${ouest}, ${sud}, ${est}, ${nord}, 4326)`);
  }
  return join(clauses, ' AND ');
}

export function buildPoleOrder(tri: TriPoles | null | undefined, filtre: PoleFilterInput | null | undefined): Sql {
  const choisi = tri ?? 'NOM';
  switch (choisi) {
    case 'NOM':
      return sql`p.nom_recherche, p.id`;
    case 'TYPE':
      return sql`p.type, p.nom_recherche, p.id`;
    case 'STATUT':
      return sql`p.statut, p.nom_recherche, p.id`;
    case 'MODIFIE_LE':
      return sql`p.modifie_le DESC, p.id`;
    case 'DISTANCE': {
      if (!filtre?.autourDe) throw badUserInput('tri', 'Le tri par distance demande le filtre autourDe.');
      return sql`ST_Distance(p.position::geography, ${centreAutourDe(filtre.autourDe)}), p.id`;
    }
    default:
      return assertUnreachable(choisi);
  }
}
