import type { NiveauTerritorial } from '@poles-ess/shared';

// Le niveau des membres montrés sur la carte et dans la liste d'un territoire.
export const NIVEAU_MEMBRES: Record<NiveauTerritorial, NiveauTerritorial | null> = {
  FRANCE: 'REGION',
  REGION: 'DEPARTEMENT',
  ANCIENNE_REGION: 'DEPARTEMENT',
  DEPARTEMENT: 'EPCI',
  PAYS: 'EPCI',
  EPCI: 'COMMUNE',
  COMMUNE: null,
};
