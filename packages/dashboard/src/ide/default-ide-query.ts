export const DEFAULT_IDE_QUERY = `# Pôles ESS : API GraphQL
# Ctrl-Entrée exécute la requête ; la documentation du schéma est dans le panneau « Docs ».

query Sante {
  sante {
    statut
    backend
    versionPostgres
    versionPostgis
    migrationsEnAttente
  }
}
`;
