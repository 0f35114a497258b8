export interface SourceParsee {
  titre: string;
  editeur: string | null;
  annee: number | null;
  lien: string | null;
}

// Publishers named at the start of a citation, as the facts write them.
const EDITEUR_EN_TETE = /^(Insee|CNCRESS|CRESS [^,(]+|Recherches & Solidarités|Conseil régional [^,(]+|CCI [^,(]+|Conseil de développement [^,(]+)/;
// A year standing alone (not in a date such as 31/12/2011 nor a range such as 2020-2021).
const ANNEE_SEULE = /(?<![\d/-])((?:19|20)\d{2})(?![\d/-])/;

// Reads only what a citation says: the publisher it names, the year it shows, a link it contains.
// Anything else stays null; the full text is kept as the title.
export function parseSource(texte: string): SourceParsee {
  const titre = texte.trim();
  const lien = /https?:\/\/\S+/.exec(titre)?.[0] ?? null;
  let editeur: string | null = null;
  const entete = EDITEUR_EN_TETE.exec(titre);
  if (entete?.[1]) editeur = entete[1].startsWith('Insee') ? 'Insee' : entete[1].trim();
  else if (/\(CNCRESS\)/.test(titre)) editeur = 'CNCRESS';
  const annee = ANNEE_SEULE.exec(titre.replace(lien ?? '', ''))?.[1];
  return { titre, editeur, annee: annee ? Number(annee) : null, lien };
}
