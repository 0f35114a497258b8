// Values a mistaken or hostile client sends: the valid kind at its edges, the wrong kind, and what breaks parsers,
// databases and browsers. `Hasard` is a seeded generator, so that a failing run can be replayed (FUZZ_GRAINE).
export class Hasard {
  constructor(private etat: number) {}

  // mulberry32
  suivant(): number {
    this.etat = (this.etat + 0x6d2b79f5) | 0;
    let t = this.etat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  entier(max: number): number {
    return Math.floor(this.suivant() * max);
  }

  choisir<T>(valeurs: readonly T[]): T {
    return valeurs[this.entier(valeurs.length)]!;
  }

  chance(p: number): boolean {
    return this.suivant() < p;
  }
}

export const TEXTES_HOSTILES: readonly string[] = [
  '',
  ' ',
  'Brest',
  '29019',
  '53',
  'FR',
  'PAYS-BREST',
  'x'.repeat(10_000),
  'é'.repeat(3000),
  'Bre\u0000st',
  '\u0000',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '"; DROP TABLE pole; --',
  '%',
  '_',
  '\\',
  '$1',
  '${jndi:ldap://x}',
  '../../etc/passwd',
  '=HYPERLINK("http://x")',
  '\uD800',
  '\u202Egnp.exe',
  '🏳️‍🌈🧪',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e308',
  '2020-13-45',
  'javascript:alert(1)',
  'https://exemple.fr',
  'o:0',
  'bzoxMDAwMDAwMDAwMDAwMDAwMDAwMDA',
  'bzotMQ',
  '00000000-0000-0000-0000-000000000000',
  'AAAA',
  '\n\r\t',
];

export const ENTIERS_HOSTILES: readonly unknown[] = [0, 1, -1, 5, 20, 100, 101, 2147483647, -2147483648, 2147483648, 1e20, 1.5, '12', true, null, [], {}];

export const FLOTTANTS_HOSTILES: readonly unknown[] = [0, -0, 0.1, 1, 20, 30, 48.39, -4.48, 180, 181, -91, 1e308, -1e308, 5e-324, 1e20, '1', false, null];

export const BOOLEENS_HOSTILES: readonly unknown[] = [true, false, 0, 'true', null];

export function valeurScalaire(hasard: Hasard, nom: string): unknown {
  switch (nom) {
    case 'Int':
      return hasard.choisir(ENTIERS_HOSTILES);
    case 'Float':
      return hasard.choisir(FLOTTANTS_HOSTILES);
    case 'Boolean':
      return hasard.choisir(BOOLEENS_HOSTILES);
    case 'GeoJSON':
    case 'JSONObject':
      return hasard.choisir([{ type: 'Point', coordinates: [-4.48, 48.39] }, { type: 'Polygon' }, {}, 'texte', 12, null]);
    case 'DateTimeISO':
      return hasard.choisir(['2020-01-01T00:00:00Z', '2020-13-45T99:00:00Z', '', 0]);
    default:
      return hasard.choisir(TEXTES_HOSTILES);
  }
}
