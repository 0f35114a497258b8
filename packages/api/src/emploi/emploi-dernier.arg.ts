export const DERNIER_DESCRIPTION =
  'Seulement « la dernière valeur comparable » de chaque territoire : même dénominateur (`denominateur`, par défaut EMPLOI_SALARIE_TOTAL) et même champ (`champ`, par défaut QUATRE_FAMILLES), effectifs en personnes, année connue ; la plus récente, puis la plus solide de cette année (année des données, valeur exacte, source d’origine).';
