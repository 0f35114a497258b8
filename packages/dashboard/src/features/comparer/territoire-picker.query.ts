import { graphql } from '../../graphql/generated';

export const TERRITOIRE_PICKER_QUERY = graphql(`
  query TerritoirePicker($niveau: NiveauTerritorial!, $recherche: String) {
    territoires(niveau: $niveau, recherche: $recherche, first: 8) {
      totalCount
      nodes {
        code
        nom
        niveau
      }
    }
  }
`);
