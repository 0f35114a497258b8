import Papa from 'papaparse';
import { checkPoleDonnees, type PoleDonnees } from './pole-donnees.schema';
import {
  CSV_COLUMNS,
  INT_COLUMNS,
  NIVEAU_VALUES,
  REQUIRED_COLUMNS,
  STATUT_VALUES,
  TEXT_COLUMNS,
  TYPE_VALUES,
  type CsvColumn,
} from './poles-csv.columns';
import { slugify } from './pole-columns';

export interface LigneInvalide {
  ligne: number;
  champ: string;
  message: string;
}

export interface LignePole {
  ligne: number;
  slug: string;
  donnees: PoleDonnees;
}

export interface CsvPoles {
  lignes: LignePole[];
  erreurs: LigneInvalide[];
}

const CSV_TO_FIELD: Partial<Record<CsvColumn, string>> = {
  ...Object.fromEntries(Object.entries({ ...TEXT_COLUMNS, ...INT_COLUMNS })),
  type_fiche: 'type',
  statut_dans_etude: 'statut',
  type_selon_monographie: 'typeSelonMonographie',
  code_commune_siege: 'codeCommuneSiege',
  niveau_territoire: 'territoireAction',
  code_territoire: 'territoireAction',
  territoire_tel_que_cite: 'territoireAction',
  longitude: 'position',
  latitude: 'position',
};

function mapEnum(values: Record<string, string | null>, raw: string): string | null | undefined {
  const key = raw.trim().toLowerCase();
  if (key === '') return null;
  if (key in values) return values[key];
  const upper = raw.trim().toUpperCase();
  return Object.values(values).includes(upper) ? upper : undefined;
}

// One CSV row → the fiche fields present in the header (an empty cell = unknown).
function toDonnees(row: Record<string, string>, header: Set<string>, erreurs: LigneInvalide[], ligne: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const fail = (champ: string, message: string) => erreurs.push({ ligne, champ, message });
  const cell = (c: CsvColumn) => (row[c] ?? '').trim();
  for (const [column, field] of Object.entries(TEXT_COLUMNS)) if (header.has(column)) out[field] = cell(column as CsvColumn) || null;
  for (const [column, field] of Object.entries(INT_COLUMNS)) {
    if (!header.has(column)) continue;
    const value = cell(column as CsvColumn);
    if (value === '') out[field] = null;
    else if (/^-?\d+$/.test(value)) out[field] = Number(value);
    else fail(column, `Nombre entier attendu, trouvé « ${value} ».`);
  }
  out.nom = cell('nom');
  const type = mapEnum(TYPE_VALUES, cell('type_fiche'));
  if (type === undefined || type === null) fail('type_fiche', `Type inconnu « ${cell('type_fiche')} » : attendu ${Object.keys(TYPE_VALUES).join(', ')}.`);
  else out.type = type;
  const statut = mapEnum(STATUT_VALUES, cell('statut_dans_etude'));
  if (statut === undefined) fail('statut_dans_etude', `Statut inconnu « ${cell('statut_dans_etude')} » : attendu ${Object.keys(STATUT_VALUES).join(', ')}.`);
  else out.statut = statut ?? 'INCONNU';
  if (header.has('type_selon_monographie')) {
    const value = mapEnum(TYPE_VALUES, cell('type_selon_monographie'));
    if (value === undefined) fail('type_selon_monographie', `Type inconnu « ${cell('type_selon_monographie')} ».`);
    else out.typeSelonMonographie = value;
  }
  if (header.has('monographie')) {
    const value = cell('monographie').toLowerCase();
    if (!['', 'oui', 'non', 'true', 'false'].includes(value)) fail('monographie', 'Attendu « oui » ou « non ».');
    out.monographie = value === 'oui' || value === 'true';
  }
  if (header.has('code_commune_siege')) out.codeCommuneSiege = cell('code_commune_siege') || null;
  if (header.has('territoire_tel_que_cite') || header.has('niveau_territoire')) {
    const libelle = cell('territoire_tel_que_cite');
    const niveau = mapEnum(NIVEAU_VALUES, cell('niveau_territoire'));
    const code = cell('code_territoire') || null;
    if (niveau === undefined) fail('niveau_territoire', `Niveau inconnu « ${cell('niveau_territoire')} » : attendu ${Object.keys(NIVEAU_VALUES).join(', ')}.`);
    else if (niveau && !code) fail('code_territoire', `Code obligatoire pour le niveau « ${cell('niveau_territoire')} ».`);
    else if (!niveau && code) fail('niveau_territoire', 'Un code de territoire demande son niveau.');
    else if (!libelle && (niveau || code)) fail('territoire_tel_que_cite', 'Le libellé du territoire est obligatoire.');
    else out.territoireAction = libelle ? { libelle, niveau, code } : null;
  }
  if (header.has('fonctions')) {
    out.fonctions = cell('fonctions').split(/[|+]/).map((f) => f.trim().toUpperCase()).filter(Boolean);
  }
  if (header.has('longitude') || header.has('latitude')) {
    const lon = cell('longitude').replace(',', '.');
    const lat = cell('latitude').replace(',', '.');
    if (lon === '' && lat === '') out.position = null;
    else if (!Number.isFinite(Number(lon)) || !Number.isFinite(Number(lat)) || lon === '' || lat === '') {
      fail('longitude', 'Longitude et latitude : deux nombres attendus (degrés WGS 84).');
    } else {
      out.position = { lon: Number(lon), lat: Number(lat) };
      if (header.has('precision_position') && cell('precision_position')) out.precisionPosition = cell('precision_position').toUpperCase();
    }
  }
  return out;
}

function csvChamp(champ: string): string {
  const root = champ.split('.')[0]!;
  if (root === 'territoireAction') return champ.endsWith('code') ? 'code_territoire' : 'territoire_tel_que_cite';
  const found = Object.entries(CSV_TO_FIELD).find(([, field]) => field === root);
  return found ? found[0] : champ;
}

// Reads and validates every line (nothing is written here): `;` or `,`, UTF-8 with or without BOM.
export function parsePolesCsv(text: string): CsvPoles {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimitersToGuess: [';', ','], skipEmptyLines: false });
  const [headerRow, ...rows] = parsed.data;
  const header = (headerRow ?? []).map((h) => h.trim().replace(/^\uFEFF/, ''));
  const erreurs: LigneInvalide[] = [];
  for (const column of REQUIRED_COLUMNS) if (!header.includes(column)) erreurs.push({ ligne: 1, champ: column, message: `Colonne obligatoire absente : ${column}.` });
  for (const column of header) {
    if (!(CSV_COLUMNS as readonly string[]).includes(column)) erreurs.push({ ligne: 1, champ: column, message: `Colonne inconnue : « ${column} ».` });
  }
  if (erreurs.length > 0) return { lignes: [], erreurs };
  const headerSet = new Set(header);
  const lignes: LignePole[] = [];
  const slugs = new Map<string, number>();
  rows.forEach((cells, index) => {
    const ligne = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    const before = erreurs.length;
    const candidate = toDonnees(row, headerSet, erreurs, ligne);
    const checked = checkPoleDonnees(candidate, true);
    if ('erreurs' in checked) {
      for (const e of checked.erreurs) {
        const champ = csvChamp(e.champ);
        if (!erreurs.some((x) => x.ligne === ligne && x.champ === champ)) erreurs.push({ ligne, champ, message: e.message });
      }
    }
    const slug = (row.slug ?? '').trim() || slugify(String(candidate.nom ?? ''));
    const seen = slugs.get(slug);
    if (seen) erreurs.push({ ligne, champ: 'nom', message: `Même pôle que la ligne ${seen} (identifiant « ${slug} »).` });
    slugs.set(slug, ligne);
    if (erreurs.length === before && 'donnees' in checked) lignes.push({ ligne, slug, donnees: { ...checked.donnees, slug } });
  });
  if (lignes.length === 0 && erreurs.length === 0) erreurs.push({ ligne: 2, champ: 'nom', message: 'Le fichier ne contient aucun pôle.' });
  return { lignes, erreurs };
}
