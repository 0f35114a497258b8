import { graphql } from '../../graphql/generated';

export const POLE_FICHE_QUERY = graphql(`
  query PoleFiche($id: ID!) {
    pole(id: $id) {
      id
      nom
      type
      statut
      anneeStatut
      source
      modifieLe
      sources {
        champ
        source
      }
      ...FicheContact_pole
      ...FicheChiffresCles_pole
      ...FicheIdentite_pole
      ...FicheActions_pole
      ...FicheBilan_pole
      ...FicheDocuments_pole
      ...FicheMiniMap_pole
    }
  }
`);
