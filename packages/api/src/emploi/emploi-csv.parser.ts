import type { NiveauTerritorial } from '@poles-ess/shared';
import { readCsv, type ErreurLigne } from '../common/csv/read-csv';
import type { NatureAnnee, UniteEffectif } from '@poles-ess/shared';
import { ChampEss, DenominateurEmploi, UniteFamilles } from './emploi-ess.enums';
import { readQualite } from './emploi-qualite.parser';
import { parseSource } from './emploi-source.parser';
import { readDecimal, readEntier, type Lecture } from '../common/csv/read-nombre';

export interface EmploiLigne {
  niveau: NiveauTerritorial;
  code: string;
  nom: string;
  annee: number | null;
  anneeNature: NatureAnnee;
  uniteEffectif: UniteEffectif;
  borneInferieure: boolean;
  effectifSalarie: number | null;
  partEmploi: number | null;
  denominateur: DenominateurEmploi | null;
  denominateurLibelle: string | null;
  champ: ChampEss;
  associations: number | null;
  cooperatives: number | null;
  mutuelles: number | null;
  fondations: number | null;
  uniteFamilles: UniteFamilles | null;
  etablissements: number | null;
  sourceTitre: string;
  sourceEditeur: string | null;
  sourceAnnee: number | null;
  sourceLien: string | null;
  sourceUrl: string | null;
  sourceSecondaire: boolean;
  note: string | null;
}

export const COLONNES_EMPLOI = [
  'niveau', 'code', 'nom', 'annee', 'effectif_salarie_ess', 'part_pct', 'denominateur', 'associations',
  'cooperatives', 'mutuelles', 'fondations', 'unite_familles', 'etablissements', 'source', 'note',
] as const;
// Optional columns: the typed qualities of a figure and the address where it was read (see emploi-qualite.parser).
export const COLONNES_EMPLOI_FACULTATIVES = ['champ', 'url', 'annee_nature', 'unite_effectif', 'borne_inferieure', 'source_secondaire'] as const;

const NIVEAUX: Record<string, NiveauTerritorial> = {
  commune: 'COMMUNE', epci: 'EPCI', pays: 'PAYS', departement: 'DEPARTEMENT', region: 'REGION',
  'ancienne-region': 'ANCIENNE_REGION', ancienne_region: 'ANCIENNE_REGION', france: 'FRANCE',
};
const FAMILLES = ['associations', 'cooperatives', 'mutuelles', 'fondations'] as const;

// The CSV of ESS employment figures (the columns of the facts file): `;` or `,`, with or without BOM,
// French decimals accepted. Every line is checked; the caller writes nothing unless `erreurs` is empty.
export function parseEmploiCsv(texte: string): { lignes: (EmploiLigne & { numero: number })[]; erreurs: ErreurLigne[] } {
  const lu = readCsv(texte, { obligatoires: COLONNES_EMPLOI, connues: [...COLONNES_EMPLOI, ...COLONNES_EMPLOI_FACULTATIVES] });
  const erreurs = [...lu.erreurs];
  const lignes: (EmploiLigne & { numero: number })[] = [];
  const vues = new Map<string, number>();
  for (const { ligne: numero, cellules } of lu.lignes) {
    const avant = erreurs.length;
    const ligne = readLigne(cellules, (champ, message) => erreurs.push({ ligne: numero, champ, message }));
    if (erreurs.length !== avant || !ligne) continue;
    const cle = cleNaturelle(ligne);
    const premiere = vues.get(cle);
    if (premiere !== undefined) {
      erreurs.push({ ligne: numero, champ: 'source', message: `même territoire, année, source, dénominateur et champ que la ligne ${premiere}` });
      continue;
    }
    vues.set(cle, numero);
    lignes.push({ ...ligne, numero });
  }
  if (lignes.length === 0 && erreurs.length === 0) erreurs.push({ ligne: 2, champ: 'fichier', message: 'Le fichier ne contient aucun chiffre.' });
  return { lignes, erreurs };
}

// The natural key of a figure: the same territory and year may hold several figures from other sources,
// denominators or fields.
export function cleNaturelle(l: EmploiLigne): string {
  return [l.niveau, l.code, l.annee ?? '', l.sourceTitre, l.denominateurLibelle ?? '', l.champ].join('|');
}

type Signaler = (champ: string, message: string) => void;

function readLigne(row: Record<string, string>, signaler: Signaler): EmploiLigne | null {
  const texte = (c: string): string | null => {
    const v = (row[c] ?? '').trim();
    return v === '' ? null : v;
  };
  const lire = (c: string, l: Lecture): number | null => {
    if (!l.ok) signaler(c, l.message);
    return l.ok ? l.valeur : null;
  };
  const niveauTexte = texte('niveau')?.toLowerCase() ?? '';
  const niveau = NIVEAUX[niveauTexte] ?? NIVEAUX[niveauTexte.replace(/_/g, '-')];
  if (!niveau) signaler('niveau', `niveau inconnu « ${texte('niveau') ?? ''} » (france, ancienne-region, region, departement, pays, epci, commune)`);
  const code = texte('code');
  if (!code) signaler('code', 'code du territoire manquant');
  const nom = texte('nom');
  if (!nom) signaler('nom', 'nom du territoire manquant');
  // An empty year is a figure whose source gives none (annee_nature INCONNUE), not a missing cell.
  const annee = lire('annee', readEntier(texte('annee'), 1900, 2100));
  const anneeIllisible = annee === null && texte('annee') !== null;
  const source = texte('source');
  if (!source) signaler('source', 'source manquante : chaque chiffre doit nommer sa source');
  const effectifSalarie = lire('effectif_salarie_ess', readEntier(texte('effectif_salarie_ess'), 0, 100_000_000));
  const partEmploi = lire('part_pct', readDecimal(texte('part_pct'), 0, 100));
  const etablissements = lire('etablissements', readEntier(texte('etablissements'), 0, 100_000_000));
  const familles = Object.fromEntries(
    FAMILLES.map((f) => [f, lire(f, readDecimal(texte(f), 0, 100_000_000))]),
  ) as Record<(typeof FAMILLES)[number], number | null>;
  const uniteFamilles = readUnite(texte('unite_familles'), familles, signaler);
  const denominateurLibelle = texte('denominateur');
  const note = texte('note');
  const qualite = readQualite(texte, annee, signaler);
  if (!niveau || !code || !nom || anneeIllisible || !source) return null;
  const parsee = parseSource(source);
  return {
    niveau, code, nom, annee, effectifSalarie, partEmploi,
    anneeNature: qualite.anneeNature, uniteEffectif: qualite.uniteEffectif, borneInferieure: qualite.borneInferieure,
    denominateur: readDenominateur(denominateurLibelle),
    denominateurLibelle,
    champ: readChamp(texte('champ'), note, signaler),
    ...familles,
    uniteFamilles, etablissements, sourceTitre: source,
    sourceEditeur: parsee.editeur, sourceAnnee: parsee.annee, sourceLien: parsee.lien,
    sourceUrl: qualite.sourceUrl, sourceSecondaire: qualite.sourceSecondaire,
    note,
  };
}

function readUnite(
  valeur: string | null,
  familles: Record<string, number | null>,
  signaler: Signaler,
): UniteFamilles | null {
  const renseignees = Object.values(familles).some((v) => v !== null);
  if (valeur === null) {
    if (renseignees) signaler('unite_familles', 'unite_familles manquante alors que des familles sont renseignées (effectif ou part_effectif)');
    return null;
  }
  const v = valeur.toLowerCase().replace(/-/g, '_');
  if (v === 'effectif') return UniteFamilles.EFFECTIF;
  if (v === 'part_effectif') {
    for (const [famille, n] of Object.entries(familles)) {
      if (n !== null && n > 100) signaler(famille, `${famille} = ${n} : une part doit être entre 0 et 100`);
    }
    return UniteFamilles.PART_EFFECTIF;
  }
  signaler('unite_familles', `unite_familles inconnue « ${valeur} » (effectif ou part_effectif)`);
  return null;
}

export function readDenominateur(libelle: string | null): DenominateurEmploi | null {
  if (libelle === null) return null;
  const v = libelle.toLowerCase().replace(/\s+/g, ' ').trim();
  if (v === 'emploi salarié total') return DenominateurEmploi.EMPLOI_SALARIE_TOTAL;
  if (v === 'emploi privé' || v === 'emploi salarié privé') return DenominateurEmploi.EMPLOI_PRIVE;
  return DenominateurEmploi.AUTRE;
}

// Only what the row says: an explicit `champ` column, or a note that names the extended field or the 2014 law.
export function readChamp(valeur: string | null, note: string | null, signaler: Signaler): ChampEss {
  if (valeur !== null) {
    const v = valeur.toUpperCase().replace(/[-\s]/g, '_');
    if (v in ChampEss) return ChampEss[v as keyof typeof ChampEss];
    signaler('champ', `champ inconnu « ${valeur} » (QUATRE_FAMILLES, LOI_2014, ELARGI)`);
  }
  if (note && /champ élargi/i.test(note)) return ChampEss.ELARGI;
  if (note && /loi (du 31 juillet |de |ESS )?2014/i.test(note)) return ChampEss.LOI_2014;
  return ChampEss.QUATRE_FAMILLES;
}
