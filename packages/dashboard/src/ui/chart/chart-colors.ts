// Colours of charts that do not show pole types: blues and greys only, so that green, orange and purple
// (TYPE_POLE_COULEURS in @poles-ess/shared) always mean a type of pole, in every view.
export const COULEUR_SERIE = '#2c7fb8';
export const COULEUR_SERIE_SECONDE = '#12395a';
export const COULEUR_SERIE_CLAIRE = '#41b6c4';
export const COULEUR_NEUTRE = '#666666';
