import fs from 'node:fs';
import { parseEmploiCsv } from './emploi-csv.parser';
import { EMPLOI_SEED_FILE } from './emploi.seed';

const ENTETE =
  'niveau;code;nom;annee;effectif_salarie_ess;part_pct;denominateur;associations;cooperatives;mutuelles;fondations;unite_familles;etablissements;source;note';

describe('parseEmploiCsv', () => {
  it('reads every row of the seed file, keeping empty cells null', () => {
    const { lignes, erreurs } = parseEmploiCsv(fs.readFileSync(EMPLOI_SEED_FILE, 'utf8'));
    expect(erreurs).toEqual([]);
    expect(lignes).toHaveLength(139);
    const bretagne2003 = lignes.find((l) => l.code === '53' && l.annee === 2003)!;
    expect(bretagne2003).toMatchObject({ niveau: 'ANCIENNE_REGION', effectifSalarie: 124400, partEmploi: null, denominateur: null });
    const alsace = lignes.find((l) => l.code === '42')!;
    expect(alsace).toMatchObject({
      denominateur: 'AUTRE',
      denominateurLibelle: "emploi salarié hors fonction publique d'État",
      associations: 45000,
      uniteFamilles: 'EFFECTIF',
    });
    expect(lignes.find((l) => l.code === '11' && l.annee === 2021)!.champ).toBe('ELARGI');
    expect(lignes.find((l) => l.code === 'FR' && l.annee === 2013 && l.denominateur === 'EMPLOI_PRIVE')).toMatchObject({
      associations: 77,
      uniteFamilles: 'PART_EFFECTIF',
      champ: 'QUATRE_FAMILLES',
    });
  });

  it('reads the typed qualities of a facts-format row from its note when the columns are absent', () => {
    const entete = `${ENTETE};url`;
    const texte = `${entete}
region;93;PACA;2021;173000;13;emploi privé;;;;;;;Région Sud, article;valeurs minimales (« plus de 173 000 salariés »), millésime non précisé;https://example.org/a
region;52;Pays de la Loire;2022;153100;11.8;emploi salarié total (en EQTP);;;;;;;Insee Analyses, repris par L'Informateur judiciaire;effectif en équivalent temps plein;https://example.org/b
departement;35;Ille-et-Vilaine;2022;;12.4;emploi salarié total;;;;;;;CRESS Bretagne;année = publication, millésime non précisé, source secondaire;https://example.org/c
pays;PAYS-BREST;Pays de Brest;;20000;15.8;emploi salarié total;;;;;;;a-brest.net;millésime non précisé;https://example.org/d
`;
    const { lignes, erreurs } = parseEmploiCsv(texte);
    expect(erreurs).toEqual([]);
    expect(lignes.map(({ anneeNature, uniteEffectif, borneInferieure, sourceSecondaire }) => [anneeNature, uniteEffectif, borneInferieure, sourceSecondaire])).toEqual([
      ['DEDUITE', 'POSTES', true, false],
      ['DONNEES', 'EQTP', false, true],
      ['PUBLICATION', 'POSTES', false, true],
      ['INCONNUE', 'POSTES', false, false],
    ]);
    expect(lignes[0]!.sourceUrl).toBe('https://example.org/a');
  });

  it('refuses an address that is not one, and a year said known but missing', () => {
    const texte = `${ENTETE};url;annee_nature\nregion;53;Bretagne;;1000;;;;;;;;;Source;;ftp://x;DONNEES\n`;
    const { erreurs } = parseEmploiCsv(texte);
    expect(erreurs).toEqual(expect.arrayContaining([
      expect.objectContaining({ ligne: 2, champ: 'url' }),
      expect.objectContaining({ ligne: 2, champ: 'annee' }),
    ]));
  });

  it('refuses a forgotten year: empty without annee_nature = INCONNUE or a note saying the source gives none', () => {
    const oubliee = parseEmploiCsv(`${ENTETE}\nregion;53;Bretagne;;120000;14,2;emploi salarié total;;;;;;;Insee;\n`);
    expect(oubliee.lignes).toEqual([]);
    expect(oubliee.erreurs).toEqual([expect.objectContaining({ ligne: 2, champ: 'annee' })]);
    const declaree = parseEmploiCsv(`${ENTETE};annee_nature\nregion;53;Bretagne;;120000;14,2;emploi salarié total;;;;;;;Insee;;INCONNUE\n`);
    expect(declaree.erreurs).toEqual([]);
    expect(declaree.lignes[0]).toMatchObject({ annee: null, anneeNature: 'INCONNUE' });
  });

  it('accepts a BOM, commas as separator and French decimals', () => {
    const texte = `\uFEFF${ENTETE.replace(/;/g, ',')}\nregion,53,Bretagne,2021,"177 200","14,5",emploi salarié total,,,,,,13700,Insee,\n`;
    const { lignes, erreurs } = parseEmploiCsv(texte);
    expect(erreurs).toEqual([]);
    expect(lignes[0]).toMatchObject({ effectifSalarie: 177200, partEmploi: 14.5, denominateur: 'EMPLOI_SALARIE_TOTAL' });
  });

  it('names the line and the field of each error', () => {
    const texte = `${ENTETE}\nregion;53;Bretagne;2021;;14,5;emploi salarié total;;;;;;;Insee;\nregion;53;Bretagne;deux mille;;140;;;;;;;;;\n`;
    const { erreurs } = parseEmploiCsv(texte);
    expect(erreurs).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ligne: 3, champ: 'annee' }),
        expect.objectContaining({ ligne: 3, champ: 'part_pct' }),
        expect.objectContaining({ ligne: 3, champ: 'source' }),
      ]),
    );
    expect(erreurs.every((e) => e.ligne === 3)).toBe(true);
  });
});
