'use strict';
// The pole edits the writes phase times, as `modifierPole` donnees: a text field, a move of position, a status
// change, each there and back. Six steps bring a pole back to its values (and to the sources of those values): a
// writer that completes its cycles leaves the data as it found it.
const CYCLE = [
  { type: 'texte', aller: true },
  { type: 'position', aller: true },
  { type: 'statut', aller: true },
  { type: 'texte', aller: false },
  { type: 'position', aller: false },
  { type: 'statut', aller: false },
];

const MARQUE = "(modification du banc d'essai)";
// About 700 m east at French latitudes.
const DECALAGE_LON = 0.01;

const POLE_ETAT = `query PoleEtat($id: ID!) {
  pole(id: $id) { id version remarques statut positionDerivee position precisionPosition sources { champ source } }
}`;

const MODIFIER_POLE = `mutation ModifierPole($id: ID!, $version: Int!, $donnees: DonneesPoleInput!) {
  modifierPole(id: $id, version: $version, donnees: $donnees) { id version }
}`;

// The original source of a field, given back when its value is restored.
function sourceOf(origine, champ) {
  const source = origine.sources.find((s) => s.champ === champ)?.source;
  return source ? { sources: [{ champ, source }] } : {};
}

function donneesFor(step, origine) {
  switch (step.type) {
    case 'texte':
      return step.aller
        ? { remarques: `${origine.remarques ?? ''} ${MARQUE}`.trim() }
        : { remarques: origine.remarques, ...sourceOf(origine, 'remarques') };
    case 'position': {
      const [lon, lat] = origine.position.coordinates;
      if (step.aller) return { position: { lon: lon + DECALAGE_LON, lat } };
      return origine.positionDerivee
        ? { position: null }
        : { position: { lon, lat }, precisionPosition: origine.precisionPosition, ...sourceOf(origine, 'position') };
    }
    case 'statut':
      return step.aller
        ? { statut: origine.statut === 'ACTIF' ? 'PROJET' : 'ACTIF' }
        : { statut: origine.statut, ...sourceOf(origine, 'statut') };
    default:
      throw new Error(`modification inconnue : ${step.type}`);
  }
}

module.exports = { CYCLE, POLE_ETAT, MODIFIER_POLE, donneesFor };
