// Requests built to hurt (issue 20), each at a limit of the API and one step past it: the first must be answered,
// the second refused with the limit named (`extensions.limite`).
export interface Attaque {
  nom: string;
  query: string;
  // null: answered without error; else the limit the refusal names.
  limite: string | null;
}

// n levels of fragments, each spreading the one below under two aliases: 2^n branches from a 1 KB text.
function bombeAlias(niveaux: number): string {
  let fragments = 'fragment F0 on Territoire { code }\n';
  for (let i = 1; i <= niveaux; i += 1) {
    fragments += `fragment F${i} on Territoire { a: parent(niveau: PAYS) { ...F${i - 1} } b: parent(niveau: REGION) { ...F${i - 1} } }\n`;
  }
  return `{ territoire(code: "29019", niveau: COMMUNE) { ...F${niveaux} } }\n${fragments}`;
}

// The same fragment spread twice at each level: 2^n copies of two fields once expanded.
function bombeCopies(niveaux: number): string {
  let fragments = 'fragment F0 on Query { sante { statut backend } }\n';
  for (let i = 1; i <= niveaux; i += 1) fragments += `fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }\n`;
  return `{ ...F${niveaux} }\n${fragments}`;
}

const profond = (profondeur: number) =>
  `{ territoire(code: "29019", niveau: COMMUNE) { ${'parent(niveau: PAYS) { '.repeat(profondeur - 2)}code${' }'.repeat(profondeur - 2)} } }`;

const aliases = (n: number, champ: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${champ}`).join(' ')} }`;

const CARTE_COMMUNES = 'carteTerritoires(niveau: COMMUNE, precision: COMPLETE)';

export function attaques(limites: Record<string, number>): Attaque[] {
  const niveauxAlias = Math.floor(Math.log2(limites.alias! + 2)) - 1;
  const niveauxCopies = Math.floor(Math.log2(limites.champs! / 2));
  return [
    { nom: `bombe de fragments à alias, ${niveauxAlias} niveaux`, query: bombeAlias(niveauxAlias), limite: null },
    { nom: `bombe de fragments à alias, ${niveauxAlias + 1} niveaux`, query: bombeAlias(niveauxAlias + 1), limite: 'alias' },
    { nom: 'bombe de fragments à alias, 30 niveaux (1 Ko)', query: bombeAlias(30), limite: 'profondeur' },
    { nom: `bombe de fragments recopiés, ${niveauxCopies} niveaux`, query: bombeCopies(niveauxCopies), limite: null },
    { nom: `bombe de fragments recopiés, ${niveauxCopies + 1} niveaux`, query: bombeCopies(niveauxCopies + 1), limite: 'champs' },
    { nom: `profondeur ${limites.profondeur}`, query: profond(limites.profondeur!), limite: null },
    { nom: `profondeur ${limites.profondeur! + 1}`, query: profond(limites.profondeur! + 1), limite: 'profondeur' },
    { nom: `${limites.alias} alias`, query: aliases(limites.alias!, 'sante { statut }'), limite: null },
    { nom: `${limites.alias! + 1} alias`, query: aliases(limites.alias! + 1, 'sante { statut }'), limite: 'alias' },
    { nom: '1 carte des communes, précision complète', query: aliases(1, CARTE_COMMUNES), limite: null },
    { nom: '2 cartes des communes, précision complète', query: aliases(2, CARTE_COMMUNES), limite: 'cout' },
    { nom: '90 cartes des communes (492 Mo avant issue 20)', query: aliases(90, CARTE_COMMUNES), limite: 'alias' },
    { nom: `texte de plus de ${limites.jetons} jetons`, query: aliases(Math.ceil(limites.jetons! / 4), 'sante { statut }').replace(/a\d+: /g, ''), limite: 'jetons' },
  ];
}
