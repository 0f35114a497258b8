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
    typesParRegion: repartition(mesure: NOMBRE_POLES, par: ANCIENNE_REGION) {
      source
      lignes {
        cle
        libelle
        total
        valeurs {
          serie
          valeur
        }
      }
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
