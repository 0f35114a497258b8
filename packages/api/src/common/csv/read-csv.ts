import Papa from 'papaparse';

// A refused line of an imported file: its number in the file (1 = the header), the column, what is wrong.
export interface ErreurLigne {
  ligne: number;
  champ: string;
  message: string;
}

export interface LigneCsv {
  // The line of the file where the row starts (quoted line breaks and blank lines counted).
  ligne: number;
  cellules: Record<string, string>;
}

export interface CsvLu {
  entete: string[];
  lignes: LigneCsv[];
  erreurs: ErreurLigne[];
}

export interface OptionsCsv {
  obligatoires: readonly string[];
  // Every column the importer reads: any other is refused (a typo would otherwise lose its values silently).
  connues: readonly string[];
}

// The one CSV reader of the importers: UTF-8 text with or without BOM, `;`, `,` or tab as delimiter (sniffed by
// papaparse), header names trimmed and lower-cased. Whatever cannot be read for sure is refused with its line:
// a duplicated, unknown or missing column, a row with more cells than the header, an unclosed quote, a NUL byte.
export function readCsv(texte: string, options: OptionsCsv): CsvLu {
  const contenu = texte.replace(/^\uFEFF/, '');
  const debuts = lineStarts(contenu);
  const ligneDe = (offset: number) => lineOf(debuts, offset);
  const erreurs: ErreurLigne[] = [];
  const nul = contenu.indexOf('\u0000');
  if (nul >= 0) {
    return { entete: [], lignes: [], erreurs: [{ ligne: ligneDe(nul), champ: 'fichier', message: 'Caractère nul (octet 0) : ce fichier n’est pas un CSV texte.' }] };
  }
  const rangees: { cellules: string[]; ligne: number }[] = [];
  let debut = 0;
  Papa.parse<string[]>(contenu, {
    delimiter: guessDelimiter(contenu),
    skipEmptyLines: false,
    step: (result) => {
      const ligne = ligneDe(debut);
      if (result.errors.some((e) => e.type === 'Quotes')) {
        erreurs.push({ ligne, champ: 'fichier', message: 'Guillemet ouvert et jamais fermé : la suite du fichier serait lue comme une seule valeur.' });
      }
      rangees.push({ cellules: result.data, ligne });
      debut = result.meta.cursor;
      while (contenu[debut] === '\r' || contenu[debut] === '\n') debut += contenu[debut] === '\r' && contenu[debut + 1] === '\n' ? 2 : 1;
    },
  });
  const [entete, ...donnees] = rangees;
  const colonnes = (entete?.cellules ?? []).map((c) => c.trim().toLowerCase());
  colonnes.forEach((c, i) => {
    if (c === '') erreurs.push({ ligne: 1, champ: `colonne ${i + 1}`, message: 'Colonne sans nom dans l’en-tête.' });
    else if (colonnes.indexOf(c) !== i) erreurs.push({ ligne: 1, champ: c, message: `Colonne « ${c} » en double dans l’en-tête.` });
    else if (!options.connues.includes(c)) erreurs.push({ ligne: 1, champ: c, message: `Colonne inconnue : « ${c} » (colonnes possibles : ${options.connues.join(', ')}).` });
  });
  for (const c of options.obligatoires) {
    if (!colonnes.includes(c)) erreurs.push({ ligne: 1, champ: c, message: `Colonne obligatoire absente : ${c}.` });
  }
  if (erreurs.length > 0) return { entete: colonnes, lignes: [], erreurs };
  const lignes: LigneCsv[] = [];
  for (const { cellules, ligne } of donnees) {
    if (cellules.every((c) => c.trim() === '')) continue;
    const pleines = cellules.length - countTrailingEmpty(cellules);
    if (pleines > colonnes.length) {
      erreurs.push({ ligne, champ: 'fichier', message: `${pleines} cellules pour ${colonnes.length} colonnes d’en-tête : un séparateur en trop ?` });
      continue;
    }
    lignes.push({ ligne, cellules: Object.fromEntries(colonnes.map((c, i) => [c, cellules[i] ?? ''])) });
  }
  return { entete: colonnes, lignes, erreurs };
}

// A text read from a file: UTF-8 only. Latin-1 or Windows-1252 text would be stored with replacement characters.
export function decodeUtf8(octets: Uint8Array): { texte: string } | { erreur: ErreurLigne } {
  if ((octets[0] === 0xff && octets[1] === 0xfe) || (octets[0] === 0xfe && octets[1] === 0xff)) {
    return { erreur: { ligne: 1, champ: 'fichier', message: 'Encodage UTF-16 (marque d’ordre des octets en tête) : enregistrez le fichier en UTF-8.' } };
  }
  try {
    return { texte: new TextDecoder('utf-8', { fatal: true }).decode(octets) };
  } catch {
    const ligne = firstInvalidUtf8Line(octets);
    return { erreur: { ligne, champ: 'fichier', message: 'Encodage non UTF-8 (Latin-1 ou Windows-1252 ?) : enregistrez le fichier en UTF-8.' } };
  }
}

function firstInvalidUtf8Line(octets: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let ligne = 1;
  let debut = 0;
  for (let i = 0; i <= octets.length; i += 1) {
    if (i === octets.length || octets[i] === 0x0a) {
      try {
        decoder.decode(octets.subarray(debut, i));
      } catch {
        return ligne;
      }
      ligne += 1;
      debut = i + 1;
    }
  }
  return ligne;
}

// The delimiter papaparse finds on the whole text (its guess while streaming rows only sees the first one).
function guessDelimiter(texte: string): string {
  return Papa.parse(texte, { delimitersToGuess: [';', ',', '\t'], preview: 20, skipEmptyLines: 'greedy' }).meta.delimiter;
}

function countTrailingEmpty(cellules: string[]): number {
  let n = 0;
  for (let i = cellules.length - 1; i >= 0 && cellules[i]!.trim() === ''; i -= 1) n += 1;
  return n;
}

function lineStarts(texte: string): number[] {
  const debuts = [0];
  for (let i = 0; i < texte.length; i += 1) if (texte[i] === '\n') debuts.push(i + 1);
  return debuts;
}

// The 1-based line holding `offset` (binary search over the line starts).
function lineOf(debuts: number[], offset: number): number {
  let bas = 0;
  let haut = debuts.length - 1;
  while (bas < haut) {
    const milieu = (bas + haut + 1) >> 1;
    if (debuts[milieu]! <= offset) bas = milieu;
    else haut = milieu - 1;
  }
  return bas + 1;
}
