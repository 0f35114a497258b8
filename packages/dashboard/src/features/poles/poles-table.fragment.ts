import { graphql } from '../../graphql/generated';

// Ce que le tableau des pôles (et ses exports) affiche d'un pôle.
export const POLES_TABLE_POLE_FRAGMENT = graphql(`
  fragment PolesTable_pole on Pole {
    id
    nom
    type
    statut
    anneeStatut
    position
    precisionPosition
    territoireAction {
      libelle
    }
    communeSiege {
      code
      nom
    }
    pays: territoire(niveau: PAYS) {
      code
      nom
    }
    region: territoire(niveau: REGION) {
      code
      nom
    }
    ancienneRegion: territoire(niveau: ANCIENNE_REGION) {
      code
      nom
    }
  }
`);
