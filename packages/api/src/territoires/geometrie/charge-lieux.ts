// A commune without a GeoNames place (a village, mostly) lies near the places of the communes that share
// its postcode and its EPCI; its unit of area is shared among those places (else those of its EPCI, its
// arrondissement, its département).
export interface CommuneRattachee {
  code: string;
  departement: string;
  epci: string | null;
  arrondissement: string | null;
  codesPostaux: string[];
}

export interface LieuAttribue {
  id: number;
  commune: string;
}

export function computeChargeLieux(lieux: LieuAttribue[], communes: CommuneRattachee[]): Map<number, number> {
  const parCode = new Map(communes.map((c) => [c.code, c]));
  const charge = new Map(lieux.map((l) => [l.id, 1]));
  const groupes = new Map<string, number[]>();
  for (const lieu of lieux) {
    const c = parCode.get(lieu.commune);
    if (!c) continue;
    for (const cles of listClesGroupes(c)) {
      for (const cle of cles) {
        const groupe = groupes.get(cle);
        if (groupe) groupe.push(lieu.id);
        else groupes.set(cle, [lieu.id]);
      }
    }
  }
  const avecLieu = new Set(lieux.map((l) => l.commune));
  for (const c of communes) {
    if (avecLieu.has(c.code)) continue;
    for (const cles of listClesGroupes(c)) {
      const groupe = new Set(cles.flatMap((cle) => groupes.get(cle) ?? []));
      if (!groupe.size) continue;
      for (const id of groupe) charge.set(id, charge.get(id)! + 1 / groupe.size);
      break;
    }
  }
  return charge;
}

// From the narrowest group to the widest: any shared postcode within the EPCI, the EPCI, the arrondissement, the département.
function listClesGroupes(c: CommuneRattachee): string[][] {
  const postaux = c.epci ? [...new Set(c.codesPostaux)].map((cp) => `cp|${c.departement}|${c.epci}|${cp}`) : [];
  return [postaux, [`epci|${c.departement}|${c.epci}`], [`arr|${c.departement}|${c.arrondissement}`], [`dep|${c.departement}`]];
}
