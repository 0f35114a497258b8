import type { NiveauTerritorial } from '@poles-ess/shared';
import { readCsv, type ErreurLigne } from '../common/csv/read-csv';
import { slugify } from './slugify';
import { checkPoleDonnees, type PoleDonnees } from './pole-donnees.schema';
import { CODECS_FICHE, COLONNES_CSV, COLONNES_OBLIGATOIRES, colonneDe, NIVEAUX_ETUDE } from './poles-csv.columns';

export interface LignePole {
  ligne: number;
  slug: string;
  donnees: PoleDonnees;
}

type Signaler = (champ: string, message: string) => void;

// The territory of action: a level and code in the study's spelling, or free text alone (« autre »).
function readTerritoireAction(cellule: (c: string) => string | undefined, signaler: Signaler): PoleDonnees['territoireAction'] | undefined {
  const [libelleBrut, niveauBrut, codeBrut] = ['territoire_tel_que_cite', 'niveau_territoire', 'code_territoire'].map(cellule);
  if (libelleBrut === undefined && niveauBrut === undefined) return undefined;
  const libelle = libelleBrut?.trim() ?? '';
  const niveauTexte = niveauBrut?.trim() ?? '';
  const code = codeBrut?.trim() || null;
  const niveau = niveauTexte === '' ? null : niveauTexte.toLowerCase() in NIVEAUX_ETUDE ? NIVEAUX_ETUDE[niveauTexte.toLowerCase()]! : undefined;
  if (niveau === undefined) signaler('niveau_territoire', `Niveau inconnu « ${niveauTexte} » : attendu ${Object.keys(NIVEAUX_ETUDE).join(', ')}.`);
  else if (niveau && !code) signaler('code_territoire', `Code obligatoire pour le niveau « ${niveauTexte} ».`);
  else if (!niveau && code) signaler('niveau_territoire', 'Un code de territoire demande son niveau.');
  else if (!libelle && (niveau || code)) signaler('territoire_tel_que_cite', 'Le libellé du territoire est obligatoire.');
  else return libelle ? { libelle, niveau: niveau as NiveauTerritorial | null, code } : null;
  return undefined;
}

// Reads and validates every line (nothing is written here): the study's columns and every fiche field's
// (poles-csv.columns.ts); an empty cell = unknown; two lines with one identifier are refused.
export function parsePolesCsv(texte: string): { lignes: LignePole[]; erreurs: ErreurLigne[] } {
  const lu = readCsv(texte, { obligatoires: COLONNES_OBLIGATOIRES, connues: COLONNES_CSV });
  const erreurs = [...lu.erreurs];
  const lignes: LignePole[] = [];
  const slugs = new Map<string, number>();
  for (const { ligne, cellules } of lu.lignes) {
    const avant = erreurs.length;
    const signaler: Signaler = (champ, message) => {
      if (!erreurs.some((e) => e.ligne === ligne && e.champ === champ)) erreurs.push({ ligne, champ, message });
    };
    const cellule = (colonne: string) => cellules[colonne];
    const candidat: Record<string, unknown> = {};
    for (const { champ, codec } of CODECS_FICHE) {
      const valeur = codec.lire(cellule);
      if ('erreur' in valeur) signaler(valeur.colonne, valeur.erreur);
      else if ('valeur' in valeur) candidat[champ] = valeur.valeur;
    }
    const territoireAction = readTerritoireAction(cellule, signaler);
    if (territoireAction !== undefined) candidat.territoireAction = territoireAction;
    const slug = cellule('slug')?.trim() || slugify(String(candidat.nom ?? ''));
    // A slug given in the file is checked like any field (« Bad Slug! » is refused, not stored).
    const verifie = checkPoleDonnees({ ...candidat, slug }, true);
    if ('erreurs' in verifie) for (const e of verifie.erreurs) signaler(colonneDe(e.champ), e.message);
    const premiere = slugs.get(slug);
    if (premiere) signaler('nom', `Même pôle que la ligne ${premiere} (identifiant « ${slug} »).`);
    slugs.set(slug, ligne);
    if (erreurs.length === avant && 'donnees' in verifie) lignes.push({ ligne, slug, donnees: verifie.donnees });
  }
  if (lignes.length === 0 && erreurs.length === 0) erreurs.push({ ligne: 2, champ: 'nom', message: 'Le fichier ne contient aucun pôle.' });
  return { lignes, erreurs };
}
