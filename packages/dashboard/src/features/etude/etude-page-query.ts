import { graphql } from '../../graphql/generated';

export const ANALYSE_FIELDS = graphql(`
  fragment AnalyseCard_analyse on AnalyseTerritoriale {
    id
    titre
    niveau
    code
    version
    dynamiquesActeurs
    politiquesCollectivites
    axesDeveloppement
    source
    auteur
    modifieLe
    territoire {
      nom
    }
    focus {
      niveau
      code
      cite
      territoire {
        nom
      }
    }
  }
`);

export const PREALABLES_FIELDS = graphql(`
  fragment PrealablesRow_prealables on PrealablesTerritoire {
    code
    nom
    population
    associationActive
    associationActiveBorneHaute
    associations {
      id
      nom
      statut
      compte
    }
    soutienCollectivites
    evaluationSoutien {
      valeur
      texte
      source
      dateEvaluation
      auteur
      version
    }
    deuxPrealables
    methode
    source
  }
`);

export const ETUDE_PAGE_QUERY = graphql(`
  query EtudePage {
    etude {
      titre
      sousTitre
      periode
      source
      definition
      typologie {
        type
        physique
        multifonction
        libelle
        fonctions
        description
      }
      sections {
        cle
        titre
        lignes
      }
    }
    chiffresEtude {
      indicateur
      perimetre
      valeur
      unite
      note
      source
    }
    associations: poles(filtre: { types: [ASSOCIATION_DEVELOPPEMENT] }, first: 1) {
      totalCount
    }
    hebergements: poles(filtre: { types: [ESPACE_HEBERGEMENT] }, first: 1) {
      totalCount
    }
    centres: poles(filtre: { types: [CENTRE_MULTIFONCTION] }, first: 1) {
      totalCount
    }
    projetsEtude {
      id
      libelle
      type
      nombre
      dateAnnoncee
      surfaceM2
      lieu
      precisionLieu
      extrait
      partieEtude
      methodeCorrespondance
      territoire {
        nom
      }
      polesCorrespondants {
        id
        nom
        statut
      }
    }
    analysesTerritoriales {
      ...AnalyseCard_analyse
    }
    prealables(niveau: PAYS, dans: { niveau: REGION, code: "53" }) {
      ...PrealablesRow_prealables
    }
  }
`);
