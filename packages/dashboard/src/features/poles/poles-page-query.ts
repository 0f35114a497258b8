import { graphql } from '../../graphql/generated';

export const POLES_PAGE_SIZE = 100;

export const POLES_PAGE_QUERY = graphql(`
  query PolesPage($filtre: FiltrePoles, $first: Int, $after: String) {
    poles(filtre: $filtre, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...PolesTable_pole
      }
    }
  }
`);
