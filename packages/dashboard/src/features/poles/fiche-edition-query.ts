import { graphql } from '../../graphql/generated';

// The form edits what the identity block shows (its fragment), plus the fiche's other fields.
export const FICHE_EDITION_FIELDS = graphql(`
  fragment FicheEdition_pole on Pole {
    id
    version
    nom
    type
    statut
    anneeStatut
    contact
    adresse
    siteWeb
    codeCommuneSiege
    ...FicheIdentite_pole
    objectifs
    realisations
    projets
    remarques
    pointsForts
    pointsFaibles
    enjeux
    note
    source
    territoireAction {
      libelle
      niveau
      code
    }
  }
`);

export const FICHE_EDITION_QUERY = graphql(`
  query FicheEdition($id: ID!) {
    pole(id: $id) {
      ...FicheEdition_pole
      historique {
        action
        auteur
        le
        changements
      }
    }
  }
`);

export const MODIFIER_POLE = graphql(`
  mutation ModifierFiche($id: ID!, $version: Int!, $donnees: DonneesPoleInput!) {
    modifierPole(id: $id, version: $version, donnees: $donnees) {
      ...FicheEdition_pole
    }
  }
`);
