// An entry of @etalab/decoupage-administratif's communes.json (only the fields the mapping reads).
export interface CommuneCog {
  code: string;
  type: string;
  zone: string;
  chefLieu?: string;
  anciensCodes?: string[];
  commune?: string;
}

// A current commune with no 2018 outline of its own (restored after 2018), inside its parent's.
export interface CommuneSansContour {
  code: string;
  parent2018: string;
}

export type MethodeCorrespondance = 'memeCode' | 'chefLieu' | 'ancienCode';

export interface CorrespondanceCommunes2018 {
  // 2018 code → code of the current commune whose outline it is (or part of).
  communeActuelle: Map<string, string>;
  // Current commune → the 2018 codes whose outlines make it up.
  membres2018: Map<string, string[]>;
  methodes: Record<MethodeCorrespondance, number>;
  // Current communes reached by no 2018 code, with the 2018 outline that holds them (too large for them).
  sansContour: CommuneSansContour[];
  // Arrondissements municipaux (Paris, Lyon, Marseille): no 2018 outline, inside their commune's.
  arrondissementsMunicipaux: { code: string; commune: string }[];
}

// Collectivités d'outre-mer (zone « com ») have no outline in the source and are not territories of the product.
const ZONES_AVEC_CONTOURS = new Set(['metro', 'drom']);
const TYPES_RATTACHES = new Set(['commune-deleguee', 'commune-associee']);

function indexCog(cog: readonly CommuneCog[]) {
  const actuelles = new Set<string>();
  const chefLieu = new Map<string, string>();
  const parAncienCode = new Map<string, string>();
  for (const c of cog) {
    if (c.type === 'commune-actuelle' && ZONES_AVEC_CONTOURS.has(c.zone)) {
      actuelles.add(c.code);
      for (const ancien of c.anciensCodes ?? []) parAncienCode.set(ancien, c.code);
    } else if (TYPES_RATTACHES.has(c.type) && c.chefLieu) {
      chefLieu.set(c.code, c.chefLieu);
    }
  }
  return { actuelles, chefLieu, parAncienCode };
}

// Same code first; then the chef-lieu of a commune déléguée or associée, before `anciensCodes`: a former
// code can be listed by another commune (60455, déléguée of 60694, is an ancien code of 60054).
function matchCode(code: string, index: ReturnType<typeof indexCog>): [string, MethodeCorrespondance] | null {
  if (index.actuelles.has(code)) return [code, 'memeCode'];
  const chefLieu = index.chefLieu.get(code);
  if (chefLieu && index.actuelles.has(chefLieu)) return [chefLieu, 'chefLieu'];
  const ancien = index.parAncienCode.get(code);
  return ancien ? [ancien, 'ancienCode'] : null;
}

export function mapCommunes2018(
  codes2018: readonly string[],
  cog: readonly CommuneCog[],
  sansContourConnues: readonly CommuneSansContour[],
): CorrespondanceCommunes2018 {
  const index = indexCog(cog);
  const communeActuelle = new Map<string, string>();
  const membres2018 = new Map<string, string[]>();
  const methodes: Record<MethodeCorrespondance, number> = { memeCode: 0, chefLieu: 0, ancienCode: 0 };
  const orphelins: string[] = [];
  for (const code of codes2018) {
    const match = matchCode(code, index);
    if (!match) {
      orphelins.push(code);
      continue;
    }
    const [actuelle, methode] = match;
    communeActuelle.set(code, actuelle);
    const membres = membres2018.get(actuelle) ?? [];
    membres.push(code);
    membres2018.set(actuelle, membres);
    methodes[methode] += 1;
  }
  if (orphelins.length) {
    throw new Error(
      `${orphelins.length} commune(s) de 2018 sans commune actuelle (ni même code, ni chef-lieu, ni ancien code) : ${orphelins.join(', ')}`,
    );
  }
  const sansContour = checkSansContour(
    [...index.actuelles].filter((code) => !membres2018.has(code)).sort(),
    sansContourConnues,
    new Set(codes2018),
  );
  const arrondissementsMunicipaux = cog
    .filter((c) => c.type === 'arrondissement-municipal')
    .map((c) => ({ code: c.code, commune: c.commune ?? '' }));
  return { communeActuelle, membres2018, methodes, sansContour, arrondissementsMunicipaux };
}

// The current communes without an outline must be exactly the known ones, each with a 2018 parent.
function checkSansContour(
  calculees: string[],
  connues: readonly CommuneSansContour[],
  codes2018: ReadonlySet<string>,
): CommuneSansContour[] {
  const parCode = new Map(connues.map((c) => [c.code, c]));
  const inconnues = calculees.filter((code) => !parCode.has(code));
  if (inconnues.length) {
    throw new Error(
      `Commune(s) actuelle(s) sans contour 2018 et sans parent connu : ${inconnues.join(', ')}`,
    );
  }
  const enTrop = connues.filter((c) => !calculees.includes(c.code)).map((c) => c.code);
  if (enTrop.length) {
    throw new Error(
      `Commune(s) déclarée(s) sans contour mais qui en ont un (ou inconnues du COG) : ${enTrop.join(', ')}`,
    );
  }
  const sansParent = connues.filter((c) => !codes2018.has(c.parent2018));
  if (sansParent.length) {
    throw new Error(
      `Parent 2018 absent des contours : ${sansParent.map((c) => `${c.code} → ${c.parent2018}`).join(', ')}`,
    );
  }
  return calculees.map((code) => parCode.get(code)!);
}
