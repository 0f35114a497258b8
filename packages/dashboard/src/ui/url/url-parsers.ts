import { createParser, parseAsArrayOf } from 'nuqs';
import { NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import type { TerritoireRef } from '../../graphql/generated/graphql';

// Les valeurs inconnues d'une adresse sont ignorées, jamais une erreur : un lien ancien ou mal copié ouvre la vue.
function oneOf<T extends string>(values: readonly T[], raw: string): T | null {
  const value = raw.trim();
  return (values as readonly string[]).includes(value) ? (value as T) : null;
}

function uniques<T>(items: readonly T[], same: (a: T, b: T) => boolean): T[] {
  return items.filter((item, index) => items.findIndex((other) => same(item, other)) === index);
}

/** « types=ESPACE_HEBERGEMENT,CENTRE_MULTIFONCTION » : les valeurs connues, sans doublon, dans l'ordre de l'adresse. */
export function parseAsListe<T extends string>(values: readonly T[]) {
  const liste = parseAsArrayOf(createParser({ parse: (raw) => oneOf(values, raw), serialize: String }), ',');
  return createParser<T[]>({
    parse: (query) => uniques(liste.parse(query) ?? [], Object.is),
    serialize: liste.serialize,
    eq: liste.eq,
  });
}

/** Un entier ramené dans [min, max] : « classes=99 » donne le maximum. */
export function parseAsEntierBorne(min: number, max: number) {
  return createParser<number>({
    parse: (raw) => {
      const value = Number.parseInt(raw, 10);
      return Number.isFinite(value) ? bornerEntier(value, min, max) : null;
    },
    serialize: String,
  });
}

export function bornerEntier(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.round(value)));
}

export const parseAsTexte = createParser<string>({ parse: (raw) => raw.trim(), serialize: String });

const memeTerritoire = (a: TerritoireRef, b: TerritoireRef) => a.niveau === b.niveau && a.code === b.code;

/** « territoire=DEPARTEMENT:2A » : le niveau, puis le code tel que l'INSEE l'écrit (une chaîne). */
export const parseAsTerritoire = createParser<TerritoireRef>({
  parse: (raw) => {
    const separator = raw.indexOf(':');
    if (separator < 0) return null;
    const niveau = oneOf(NIVEAUX_TERRITORIAUX, raw.slice(0, separator));
    const code = raw.slice(separator + 1).trim();
    return niveau && code ? { niveau, code } : null;
  },
  serialize: (territoire) => `${territoire.niveau}:${territoire.code}`,
  eq: memeTerritoire,
});

/** « t=PAYS:PAYS-BREST,REGION:53,FRANCE:FR » : l'ordre de l'adresse, sans doublon, au plus `max`. */
export function parseAsTerritoires(max: number) {
  const liste = parseAsArrayOf(parseAsTerritoire, ',');
  return createParser<TerritoireRef[]>({
    parse: (query) => uniques(liste.parse(query) ?? [], memeTerritoire).slice(0, max),
    serialize: liste.serialize,
    eq: liste.eq,
  });
}
