import fs from 'node:fs';
import { parseEmploiCsv } from './emploi-csv.parser';
import { EMPLOI_SEED_FILE } from './emploi.seed';

const ENTETE =
  'niveau;code;nom;annee;effectif_salarie_ess;part_pct;denominateur;associations;cooperatives;mutuelles;fondations;unite_familles;etablissements;source;note';

describe('parseEmploiCsv', () => {
  it('reads every row of the seed file, keeping empty cells null', () => {
    const { lignes, erreurs } = parseEmploiCsv(fs.readFileSync(EMPLOI_SEED_FILE, 'utf8'));
    expect(erreurs).toEqual([]);
    expect(lignes).toHaveLength(38);
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
