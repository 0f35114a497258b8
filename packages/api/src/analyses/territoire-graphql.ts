// The territories feature's GraphQL types, re-exported for the analyses and employment features.
export { NiveauTerritorial } from '../territoires/territoire.enums';
export { Territoire, TerritoireRef } from '../territoires/territoire.type';
