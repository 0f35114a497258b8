import { NiveauTerritorial } from '../territoires/territoire.enums';
import { ChampEss, DenominateurEmploi, UniteFamilles } from './emploi-ess.enums';
import type { EmploiEss } from './emploi-ess.entity';
import { buildEmploiFiche } from './emploi-fiche';

const base: EmploiEss = {
  id: 1, niveau: NiveauTerritorial.REGION, code: '53', nom: 'Bretagne', annee: 2021, effectifSalarie: 177200, partEmploi: 14.5,
  denominateur: DenominateurEmploi.EMPLOI_SALARIE_TOTAL, denominateurLibelle: 'emploi salarié total',
  champ: ChampEss.QUATRE_FAMILLES, associations: null, cooperatives: null, mutuelles: null, fondations: null,
  uniteFamilles: null, etablissements: 13700, note: null,
  anneeNature: 'DONNEES', uniteEffectif: 'POSTES', borneInferieure: false, sourceSecondaire: false, sourceUrl: null,
  sourceTitre: 'Insee, repris par le GREF Bretagne', sourceEditeur: 'Insee', sourceAnnee: null, sourceLien: null, importeLe: new Date(0),
  source: { titre: 'Insee, repris par le GREF Bretagne', editeur: 'Insee', annee: null, lien: null, url: null },
};
const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('buildEmploiFiche', () => {
  it('phrases the figure as the study fiche does, in fr-FR', () => {
    const fiche = buildEmploiFiche(base);
    expect(nbsp(fiche.texte)).toBe(
      "177 200 emplois dans l'économie sociale et solidaire, soit 14,5 % des effectifs salariés de la région (2021).",
    );
    expect(fiche.texteSource).toBe('Source : Insee, repris par le GREF Bretagne ; données 2021.');
    expect(fiche.texteFamilles).toBeNull();
  });

  it('says the count is unknown rather than printing a number', () => {
    expect(buildEmploiFiche({ ...base, effectifSalarie: null }).texte).toMatch(/^Nombre d'emplois .* non renseigné, soit 14,5/);
    expect(buildEmploiFiche({ ...base, partEmploi: null }).texte).toMatch(/non renseignée/);
  });

  it('keeps the denominator of the row', () => {
    const autre = buildEmploiFiche({
      ...base, niveau: NiveauTerritorial.ANCIENNE_REGION, denominateur: DenominateurEmploi.AUTRE,
      denominateurLibelle: "emploi salarié hors fonction publique d'État", partEmploi: 11.5,
    });
    expect(autre.texte).toContain("soit 11,5 % de l'emploi salarié hors fonction publique d'État de la région");
    expect(buildEmploiFiche({ ...base, denominateur: DenominateurEmploi.EMPLOI_PRIVE }).texte).toContain("de l'emploi salarié privé");
  });

  it('phrases shares of families as shares, head counts as people', () => {
    const parts = buildEmploiFiche({ ...base, associations: 70, cooperatives: 18, mutuelles: 6, fondations: 3, uniteFamilles: UniteFamilles.PART_EFFECTIF });
    expect(parts.texteFamilles).toBe("Part des emplois de l'ESS : associations 70 %, coopératives 18 %, mutuelles 6 %, fondations 3 %.");
    const effectifs = buildEmploiFiche({ ...base, associations: 45000, cooperatives: 15000, uniteFamilles: UniteFamilles.EFFECTIF });
    expect(nbsp(effectifs.texteFamilles!)).toContain('45 000 personnes travaillent dans une association');
    expect(effectifs.texteFamilles).toContain('effectif non renseigné pour les mutuelles et fondations');
  });

  it('says when the value is a lower bound, in full-time equivalents, of an unknown vintage, or read second-hand', () => {
    const fiche = buildEmploiFiche({
      ...base, borneInferieure: true, uniteEffectif: 'EQTP', anneeNature: 'PUBLICATION', annee: 2022, sourceSecondaire: true,
    });
    expect(nbsp(fiche.texte)).toBe(
      "Plus de 177 200 emplois en équivalent temps plein dans l'économie sociale et solidaire, soit plus de 14,5 % des effectifs salariés de la région (publié en 2022, millésime non précisé).",
    );
    expect(fiche.texteSource).toContain('lu dans une source secondaire');
    expect(buildEmploiFiche({ ...base, annee: null, anneeNature: 'INCONNUE' }).texte).toContain('(année non précisée)');
  });
});
