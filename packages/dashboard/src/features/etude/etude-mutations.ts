import { graphql } from '../../graphql/generated';

export const MODIFIER_ANALYSE = graphql(`
  mutation ModifierAnalyse($id: ID!, $version: Int!, $donnees: DonneesAnalyseInput!) {
    modifierAnalyseTerritoriale(id: $id, version: $version, donnees: $donnees) {
      ...AnalyseCard_analyse
    }
  }
`);

export const ANALYSE_ACTUELLE = graphql(`
  query AnalyseActuelle($id: ID!) {
    analyseTerritoriale(id: $id) {
      ...AnalyseCard_analyse
    }
  }
`);

export const HISTORIQUE_ANALYSE = graphql(`
  query HistoriqueAnalyse($id: ID!) {
    analyseTerritoriale(id: $id) {
      id
      historique {
        action
        auteur
        le
        changements
      }
    }
  }
`);

export const EVALUER_SOUTIEN = graphql(`
  mutation EvaluerSoutien(
    $territoire: TerritoireRef!
    $valeur: SoutienCollectivites!
    $source: String
    $texte: String
    $dateEvaluation: String
    $version: Int
  ) {
    evaluerSoutienCollectivites(
      territoire: $territoire
      valeur: $valeur
      source: $source
      texte: $texte
      dateEvaluation: $dateEvaluation
      version: $version
    ) {
      ...PrealablesRow_prealables
    }
  }
`);

export const CREER_ANALYSE = graphql(`
  mutation CreerAnalyse($donnees: DonneesAnalyseInput!) {
    creerAnalyseTerritoriale(donnees: $donnees) {
      ...AnalyseCard_analyse
    }
  }
`);
