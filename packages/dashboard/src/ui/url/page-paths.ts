import { NIVEAUX_TERRITORIAUX, type NiveauTerritorial } from '@poles-ess/shared';
import type { TerritoireRef } from '../../graphql/generated/graphql';
import { COMPARER_TERRITOIRES_URL_STATE } from './comparer-territoires-url-state';
import { FILTRE_POLES_URL_STATE } from './filtre-poles-url-state';

// /territoires/pays/PAYS-BREST : the level in lower case in the path, the code as INSEE writes it.
export function territoirePath(niveau: NiveauTerritorial, code: string): string {
  return `/territoires/${niveau.toLowerCase()}/${encodeURIComponent(code)}`;
}

export function readNiveauPath(raw: string | undefined): NiveauTerritorial | null {
  const niveau = raw?.toUpperCase() ?? '';
  return (NIVEAUX_TERRITORIAUX as readonly string[]).includes(niveau) ? (niveau as NiveauTerritorial) : null;
}

export function polePath(id: string): string {
  return `/poles/${encodeURIComponent(id)}`;
}

/** La liste des pôles situés dans un territoire. */
export function polesDansPath(territoire: TerritoireRef): string {
  return FILTRE_POLES_URL_STATE.serialize('/poles', { territoire });
}

export function comparerPath(territoires: readonly TerritoireRef[]): string {
  return COMPARER_TERRITOIRES_URL_STATE.serialize('/comparer', { territoires: [...territoires] });
}
