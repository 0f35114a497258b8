import { graphql } from '../../graphql/generated';

export const DYNAMIQUES_QUERY = graphql(`
  query DynamiquesPage {
    chiffresEtude {
      indicateur
      perimetre
      valeur
      unite
      note
      source
    }
    poles(first: 100) {
      totalCount
      nodes {
        id
        nom
        type
        statut
        dateCreation
        ancienneRegion: territoire(niveau: ANCIENNE_REGION) {
          code
          nom
        }
      }
    }
  }
`);
