// The weight of one field in an operation's cost (server/limites/mesurer-operation.ts), in estimated kilobytes of
// answer: a plain value or an object's key weighs what its JSON does (≈ 30 bytes), the fields whose answer grows
// with the number of territories they cover weigh more; map layers weigh their measured size (KO_CARTE). One unit for every field, as the first
// version counted, refused an analyst's « poles of each type per département » (101 × 3 pages of 100 poles, ≈ 2 MB)
// while serving a 5 MB map.
export const POIDS_VALEUR = 0.03;

// Introspection (`__schema`, `__type`) is answered from memory and bounded on its own (coutIntrospection): one
// unit per field, as its limit was measured (the GraphQL IDE's query costs about 50,000).
const POIDS_INTROSPECTION = 1;

// Kilobytes of a whole map layer (`carteTerritoires`) per level and precision, measured on the official outlines
// (IGN Admin Express COG 2018 dissolved, issue 15) on 2026-12-07: the size of each answer.
const KO_CARTE: Record<string, Record<string, number>> = {
  FRANCE: { BASSE: 34, MOYENNE: 135, COMPLETE: 860 },
  REGION: { BASSE: 86, MOYENNE: 310, COMPLETE: 1700 },
  ANCIENNE_REGION: { BASSE: 110, MOYENNE: 390, COMPLETE: 2100 },
  DEPARTEMENT: { BASSE: 220, MOYENNE: 730, COMPLETE: 3650 },
  PAYS: { BASSE: 28, MOYENNE: 95, COMPLETE: 490 },
  EPCI: { BASSE: 1030, MOYENNE: 2650, COMPLETE: 11250 },
  COMMUNE: { BASSE: 14050, MOYENNE: 19650, COMPLETE: 51400 },
};

// One territory's outline where the level is not known (`Territoire.geometrie`): a département's, the mean of the
// costliest lists (3.65 MB for 101 at full precision).
const KO_CONTOUR: Record<string, number> = { BASSE: 2.2, MOYENNE: 7.3, COMPLETE: 36 };

const precisionDe = (precision: unknown): string => (typeof precision === 'string' ? precision : 'MOYENNE');

function koCarte(args: Record<string, unknown>): number {
  const niveau = KO_CARTE[String(args.niveau)] ?? KO_CARTE.COMMUNE!;
  const ko = niveau[precisionDe(args.precision)] ?? niveau.COMPLETE!;
  // Inside a territory (`dans`), a layer holds about a tenth of its national size.
  return args.dans ? ko / 10 : ko;
}

// Territories a level has, for the fields whose work grows with them (coverage, classes).
const TERRITOIRES_PAR_NIVEAU: Record<string, number> = {
  FRANCE: 1,
  REGION: 18,
  ANCIENNE_REGION: 27,
  DEPARTEMENT: 101,
  PAYS: 25,
  EPCI: 1260,
  COMMUNE: 35000,
};

function nombreTerritoires(args: Record<string, unknown>): number {
  const n = TERRITOIRES_PAR_NIVEAU[String(args.niveau)] ?? TERRITOIRES_PAR_NIVEAU.COMMUNE!;
  return args.dans ? Math.max(1, Math.ceil(n / 10)) : n;
}

const POIDS: Record<string, (args: Record<string, unknown>) => number> = {
  'Query.carteTerritoires': (args) => Math.ceil(koCarte(args)),
  'Query.couverture': (args) => Math.ceil(nombreTerritoires(args) / 10),
  'Query.classes': (args) => Math.ceil(nombreTerritoires(args) / 20),
  'Query.comparer': () => 50,
  'Query.repartition': () => 50,
  'Query.densite': (args) => (args.avecPolygones ? 1000 : 200),
  'Query.exportPoles': () => 500,
  'Territoire.geometrie': (args) => KO_CONTOUR[precisionDe(args.precision)] ?? KO_CONTOUR.COMPLETE!,
  'Pole.historique': () => 5,
};

export function poidsChamp(type: string, champ: string, args: Record<string, unknown>): number {
  return POIDS[`${type}.${champ}`]?.(args) ?? (type.startsWith('__') ? POIDS_INTROSPECTION : POIDS_VALEUR);
}
