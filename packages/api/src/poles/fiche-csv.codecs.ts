import { lireCelluleNeutralisee } from '@poles-ess/shared';
import { snakeCase } from 'typeorm/util/StringUtils';

// What a row says of one field: nothing (none of its columns in the file), a value (null = empty = unknown), or
// what is wrong with it.
export type CelluleLue = { absent: true } | { valeur: unknown } | { colonne: string; erreur: string };

// How one fiche field travels in the CSV of imports and exports (the study's file format, poles-etude.csv).
export interface CodecCsv {
  colonnes: readonly string[];
  obligatoire: boolean;
  lire(cellule: (colonne: string) => string | undefined): CelluleLue;
  ecrire(pole: Record<string, unknown>): Record<string, string>;
}

// A codec is made for the property it is declared on (ChampFiche).
export type FabriqueCodec = (property: string) => CodecCsv;

// The study writes enum values in kebab case: « espace-hebergement », « actif », « ancienne-region ».
export function graphieEtude(valeur: string): string {
  return valeur.toLowerCase().replace(/_/g, '-');
}

interface OptionsColonne {
  colonne?: string;
  obligatoire?: boolean;
}

// A field in one column; an empty cell is `vide` (unknown: null; an empty list for lists).
function simple(
  options: OptionsColonne,
  lire: (texte: string, colonne: string) => CelluleLue,
  ecrire: (valeur: unknown) => string,
  vide: unknown = null,
): FabriqueCodec {
  return (property) => {
    const colonne = options.colonne ?? snakeCase(property);
    return {
      colonnes: [colonne],
      obligatoire: options.obligatoire ?? false,
      lire: (cellule) => {
        const brut = cellule(colonne);
        if (brut === undefined) return { absent: true };
        // An exported cell that a spreadsheet would have run as a formula was written with an apostrophe.
        const texte = lireCelluleNeutralisee(brut.trim());
        return texte === '' ? { valeur: vide } : lire(texte, colonne);
      },
      ecrire: (pole) => ({ [colonne]: pole[property] === null || pole[property] === undefined ? '' : ecrire(pole[property]) }),
    };
  };
}

export const texteCsv = (options: OptionsColonne = {}) => simple(options, (texte) => ({ valeur: texte }), String);

export const entierCsv = (options: OptionsColonne = {}) =>
  simple(
    options,
    (texte, colonne) => (/^-?\d+$/.test(texte) ? { valeur: Number(texte) } : { colonne, erreur: `Nombre entier attendu, trouvé « ${texte} ».` }),
    String,
  );

export const ouiNonCsv = (options: OptionsColonne = {}) =>
  simple(
    options,
    (texte, colonne) => {
      const v = texte.toLowerCase();
      if (v === 'oui' || v === 'true') return { valeur: true };
      if (v === 'non' || v === 'false') return { valeur: false };
      return { colonne, erreur: 'Attendu « oui » ou « non ».' };
    },
    (valeur) => (valeur ? 'oui' : 'non'),
  );

// An enum value in the study's spelling (or the API's): `vide` is what an empty cell means.
export const valeurCsv = (valeurs: readonly string[], inconnu: string, options: OptionsColonne & { vide?: string } = {}): FabriqueCodec =>
  simple(
    options,
    (texte, colonne) => {
      const trouvee = valeurs.find((v) => graphieEtude(v) === texte.toLowerCase() || v === texte.toUpperCase());
      return trouvee ? { valeur: trouvee } : { colonne, erreur: `${inconnu} « ${texte} » : attendu ${valeurs.map(graphieEtude).join(', ')}.` };
    },
    (valeur) => graphieEtude(String(valeur)),
    options.vide ?? null,
  );

// Several values in one cell, separated by « | » (or « + », as the study writes « sensibilisation + hébergement »).
export const listeCsv = (options: OptionsColonne = {}) =>
  simple(
    options,
    (texte) => ({ valeur: texte.split(/[|+]/).map((f) => f.trim().toUpperCase()).filter(Boolean) }),
    (valeur) => (valeur as string[]).join('|'),
    [],
  );

// Only an explicit position travels (longitude, latitude): a derived one is derived again on import.
const explicite = (pole: Record<string, unknown>) =>
  !pole.positionDerivee ? (pole.position as { coordinates: [number, number] } | null)?.coordinates ?? null : null;

export const positionCsv = (): FabriqueCodec => () => ({
  colonnes: ['longitude', 'latitude'],
  obligatoire: false,
  lire: (cellule) => {
    const [lon, lat] = [cellule('longitude'), cellule('latitude')].map((c) => c?.trim().replace(',', '.'));
    if (lon === undefined && lat === undefined) return { absent: true };
    if (!lon && !lat) return { valeur: null };
    if (!lon || !lat || !Number.isFinite(Number(lon)) || !Number.isFinite(Number(lat))) {
      return { colonne: 'longitude', erreur: 'Longitude et latitude : deux nombres attendus (degrés WGS 84).' };
    }
    return { valeur: { lon: Number(lon), lat: Number(lat) } };
  },
  ecrire: (pole) => {
    const coordonnees = explicite(pole);
    return { longitude: coordonnees ? String(coordonnees[0]) : '', latitude: coordonnees ? String(coordonnees[1]) : '' };
  },
});

// The precision of an explicit position only (a derived position has its own).
export const precisionCsv = (valeurs: readonly string[]): FabriqueCodec => (property) => {
  const codec = valeurCsv(valeurs, 'Précision inconnue')(property);
  return {
    ...codec,
    lire: (cellule) => (cellule('longitude')?.trim() || cellule('latitude')?.trim() ? codec.lire(cellule) : { absent: true }),
    ecrire: (pole) => (explicite(pole) ? { [codec.colonnes[0]!]: String(pole[property] ?? '') } : { [codec.colonnes[0]!]: '' }),
  };
};
