import { checkValeursFiche, toDonneesPole, type ValeursFiche } from './fiche-edition-champs';

const AVANT: ValeursFiche = {
  textes: { nom: 'ADESS Pays de Brest', contact: '', taille: '', niveauStructuration: '', anneeStatut: '', budget: '12 000 €' },
  type: 'ASSOCIATION_DEVELOPPEMENT',
  statut: 'ACTIF',
  fonctions: ['SENSIBILISATION_PROMOTION'],
  territoireAction: { libelle: 'Pays de Brest', niveau: 'PAYS', code: 'PAYS-BREST' },
  source: '',
};

describe('toDonneesPole', () => {
  it('sends only what changed: an emptied box as null, a number as a number, the source of the edit', () => {
    const apres: ValeursFiche = {
      ...AVANT,
      textes: { ...AVANT.textes, contact: 'contact@adess29.fr', taille: '3', budget: '  ' },
      source: 'Rapport d’activité 2024',
    };
    expect(toDonneesPole(AVANT, apres)).toEqual({ contact: 'contact@adess29.fr', taille: 3, budget: null, source: 'Rapport d’activité 2024' });
  });

  it('clears the territory of action when its name is emptied', () => {
    const apres: ValeursFiche = { ...AVANT, territoireAction: { libelle: '', niveau: '', code: '' } };
    expect(toDonneesPole(AVANT, apres)).toEqual({ territoireAction: null });
  });

  it('names the field of a bad value before sending', () => {
    const apres: ValeursFiche = { ...AVANT, textes: { ...AVANT.textes, nom: ' ', taille: 'trois', niveauStructuration: '7' } };
    expect(checkValeursFiche(apres)).toEqual({
      nom: 'Nom du pôle : obligatoire.',
      taille: 'Taille du pôle (1 à 5) : un nombre entier.',
      niveauStructuration: 'Niveau de structuration (1 à 5) : de 1 à 5.',
    });
  });

  it('sends nothing when nothing changed', () => {
    expect(toDonneesPole(AVANT, { ...AVANT, textes: { ...AVANT.textes } })).toEqual({});
  });
});
