import { graphql } from '../../graphql/generated';

export const COMPARER_TABLE_FRAGMENT = graphql(`
  fragment ComparerTable_territoire on ComparaisonTerritoire {
    niveau
    code
    nom
    parent
    valeurs {
      indicateur
      valeur
      texte
      annee
      source
      methode
    }
  }
`);

export const COMPARER_QUERY = graphql(`
  query ComparerPage($territoires: [TerritoireRef!]!) {
    comparer(territoires: $territoires) {
      ...ComparerTable_territoire
    }
  }
`);
