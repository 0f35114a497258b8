// The `statutsPoles` argument of every coverage figure (couverture, comparer, classes).
export const STATUTS_POLES_DESCRIPTION =
  'Statuts de pôles comptés comme présents pour les distances, l’association de développement active et la population couverte ; [ACTIF] par défaut. [ACTIF, INCONNU] donne la borne haute quand le statut des fiches n’est pas connu.';
