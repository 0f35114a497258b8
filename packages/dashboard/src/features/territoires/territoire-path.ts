// /territoires/pays/PAYS-BREST : the level in lower case in the path, the code as INSEE writes it.
export function territoirePath(niveau: string, code: string): string {
  return `/territoires/${niveau.toLowerCase()}/${encodeURIComponent(code)}`;
}

export function parseNiveauParam(raw: string | undefined): string | null {
  return raw ? raw.toUpperCase() : null;
}
