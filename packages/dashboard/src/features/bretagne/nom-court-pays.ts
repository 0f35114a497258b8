// On the map of the 21 Pays every name starts with « Pays de / du / des »: the map shows what follows (« Brest »,
// « Centre Ouest Bretagne »), the table and the tooltips keep the full name. Shorter labels collide less.
const PREFIXE_PAYS = /^Pays (?:de la |de l['’]|des |du |de |d['’])/;

export function nomCourtPays(nom: string): string {
  const court = nom.replace(PREFIXE_PAYS, '');
  return court.length > 0 && court !== nom ? court.charAt(0).toUpperCase() + court.slice(1) : nom;
}
