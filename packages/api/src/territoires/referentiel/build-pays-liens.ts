import type { CommuneDecoupage, EpciDecoupage } from './read-decoupage';
import type { FaitsTerritoires } from './read-faits-territoires';
import type { LienSource, TerritoireSource } from './referentiel.types';

interface Contexte {
  communesParCode: Map<string, CommuneDecoupage>;
  epciParCommune: Map<string, string>;
  epci: EpciDecoupage[];
  ancetresDepartement: Map<string, LienSource[]>;
}

// Code of the pays-bretagne.csv row listing an EPCI that no source places in a Pays.
export const PAYS_AUCUN = 'NONE';
const SOURCE_DEDUITE = 'déduit des communes des EPCI membres du Pays (COG 2026) et de pays-bretagne.csv';

function datee(row: { date_debut: string; date_fin: string; source: string; confidence: string }, note: string | null) {
  return {
    date_debut: row.date_debut || null,
    date_fin: row.date_fin || null,
    source: row.source || null,
    confiance: row.confidence || null,
    note,
  };
}

// The Pays of Bretagne: EPCI → Pays rows with their dates (past compositions keep their date_fin), the same
// rows for each commune of those EPCI, and the Pays's own ancestors, read from its communes.
export function buildPaysLiens(faits: FaitsTerritoires, contexte: Contexte): { territoires: TerritoireSource[]; liens: LienSource[] } {
  const territoires = new Map<string, TerritoireSource>();
  const liens: LienSource[] = [];
  const communesDuPays = new Map<string, Set<string>>();
  const membresEpci = new Map(contexte.epci.map((e) => [e.code, e.membres.map((m) => m.code)]));

  const ajouterCommune = (pays: string, commune: string, attributs: ReturnType<typeof datee>) => {
    liens.push({ niveau_membre: 'COMMUNE', code_membre: commune, niveau_parent: 'PAYS', code_parent: pays, ...attributs });
    if (!communesDuPays.has(pays)) communesDuPays.set(pays, new Set());
    communesDuPays.get(pays)!.add(commune);
  };

  for (const row of faits.paysEpci) {
    if (row.pays_code === PAYS_AUCUN) continue;
    if (!territoires.has(row.pays_code)) {
      territoires.set(row.pays_code, {
        niveau: 'PAYS', code: row.pays_code, nom: row.pays_nom, population: null, population_annee: null, population_source: null, zone: 'metro',
      });
    }
    const communes = membresEpci.get(row.epci_siren);
    if (!communes) throw new Error(`pays-bretagne.csv : EPCI ${row.epci_siren} absent du COG 2026`);
    const note = [row.date_of_composition && `composition : ${row.date_of_composition}`, row.note].filter(Boolean).join(' ; ') || null;
    const attributs = datee(row, note);
    liens.push({ niveau_membre: 'EPCI', code_membre: row.epci_siren, niveau_parent: 'PAYS', code_parent: row.pays_code, ...attributs });
    for (const commune of communes) ajouterCommune(row.pays_code, commune, attributs);
  }

  for (const row of faits.paysCommunesIsolees) {
    if (!territoires.has(row.pays_code)) throw new Error(`pays-bretagne-communes-isolees.csv : Pays ${row.pays_code} inconnu`);
    if (!contexte.communesParCode.has(row.commune_code)) throw new Error(`Commune ${row.commune_code} inconnue`);
    if (contexte.epciParCommune.has(row.commune_code)) throw new Error(`Commune ${row.commune_code} : membre d'un EPCI, pas isolée`);
    ajouterCommune(row.pays_code, row.commune_code, datee(row, row.note || null));
  }

  for (const [pays, communes] of communesDuPays) {
    const parents = new Map<string, LienSource>();
    for (const code of communes) {
      const departement = contexte.communesParCode.get(code)!.departement;
      for (const a of contexte.ancetresDepartement.get(departement)!) {
        parents.set(`${a.niveau_parent}:${a.code_parent}`, { ...a, niveau_membre: 'PAYS', code_membre: pays, source: SOURCE_DEDUITE });
      }
    }
    liens.push(...parents.values());
  }
  return { territoires: [...territoires.values()], liens };
}
