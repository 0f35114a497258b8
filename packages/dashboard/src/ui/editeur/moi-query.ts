import { graphql } from '../../graphql/generated';

export const MOI_QUERY = graphql(`
  query MoiEditeur {
    moi {
      role
      nom
      codeRegion
    }
  }
`);
