// The weight of one field in an operation's cost (server/limites/mesurer-operation.ts): 1 for a plain value, more
// for the fields whose answer grows with the number of territories they cover. Weights of map layers follow
// their measured size in kilobytes (issue 20: carteTerritoires COMMUNE ≈ 5 MB, EPCI ≈ 1 MB, DEPARTEMENT ≈ 250 KB).
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
  return POIDS[`${type}.${champ}`]?.(args) ?? 1;
}
