// The weight of one field in an operation's cost (server/limites/mesurer-operation.ts), in estimated kilobytes of
// answer: a plain value or an object's key weighs what its JSON does (≈ 30 bytes), the fields whose answer grows
// with the number of territories they cover weigh more. Weights of map layers follow their measured size (issue
// 20: carteTerritoires COMMUNE ≈ 5 MB, EPCI ≈ 1 MB, DEPARTEMENT ≈ 250 KB). One unit for every field, as the first
// version counted, refused an analyst's « poles of each type per département » (101 × 3 pages of 100 poles, ≈ 2 MB)
// while serving a 5 MB map.
export const POIDS_VALEUR = 0.03;

// Introspection (`__schema`, `__type`) is answered from memory and bounded on its own (coutIntrospection): one
// unit per field, as its limit was measured (the GraphQL IDE's query costs about 50,000).
const POIDS_INTROSPECTION = 1;
const TERRITOIRES_PAR_NIVEAU: Record<string, number> = {
  FRANCE: 1,
  REGION: 18,
  ANCIENNE_REGION: 27,
  DEPARTEMENT: 101,
  PAYS: 25,
  EPCI: 1260,
  COMMUNE: 35000,
};

// Kilobytes per territory outline: approximate outlines are ≈ 0.15 KB at any precision, official ones grow with it.
const KO_PAR_CONTOUR: Record<string, number> = { BASSE: 0.15, MOYENNE: 0.2, COMPLETE: 0.5 };

function nombreTerritoires(args: Record<string, unknown>): number {
  const n = TERRITOIRES_PAR_NIVEAU[String(args.niveau)] ?? TERRITOIRES_PAR_NIVEAU.COMMUNE!;
  // Inside a territory (`dans`), a level holds about a tenth of its national count, at least one.
  return args.dans ? Math.max(1, Math.ceil(n / 10)) : n;
}

const koContour = (precision: unknown, defaut: string) => KO_PAR_CONTOUR[typeof precision === 'string' ? precision : defaut] ?? KO_PAR_CONTOUR.COMPLETE!;

const POIDS: Record<string, (args: Record<string, unknown>) => number> = {
  'Query.carteTerritoires': (args) => Math.ceil(nombreTerritoires(args) * koContour(args.precision, 'MOYENNE')),
  'Query.couverture': (args) => Math.ceil(nombreTerritoires(args) / 10),
  'Query.classes': (args) => Math.ceil(nombreTerritoires(args) / 20),
  'Query.comparer': () => 50,
  'Query.repartition': () => 50,
  'Query.densite': (args) => (args.avecPolygones ? 1000 : 200),
  'Query.exportPoles': () => 500,
  'Territoire.geometrie': (args) => Math.ceil(10 * koContour(args.precision, 'MOYENNE')),
  'Pole.historique': () => 5,
};

export function poidsChamp(type: string, champ: string, args: Record<string, unknown>): number {
  return POIDS[`${type}.${champ}`]?.(args) ?? (type.startsWith('__') ? POIDS_INTROSPECTION : POIDS_VALEUR);
}
