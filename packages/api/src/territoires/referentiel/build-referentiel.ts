import type { NiveauTerritorial } from '@poles-ess/shared';
import type { Decoupage } from './read-decoupage';
import type { FaitsTerritoires } from './read-faits-territoires';
import { buildPaysLiens } from './build-pays-liens';
import {
  DECOUPAGE_SOURCE,
  POPULATION_SOMME_SOURCE,
  POPULATION_SOURCE,
  type LienSource,
  type Referentiel,
  type TerritoireSource,
} from './referentiel.types';

// Collectivités d'outre-mer (zone « com ») are neither départements nor régions: left out.
const ZONES_RETENUES = new Set(['metro', 'drom']);

export function lien(
  membre: [NiveauTerritorial, string],
  parent: [NiveauTerritorial, string],
  source: string | null,
  extra: Partial<LienSource> = {},
): LienSource {
  return {
    niveau_membre: membre[0],
    code_membre: membre[1],
    niveau_parent: parent[0],
    code_parent: parent[1],
    date_debut: null,
    date_fin: null,
    source,
    confiance: null,
    note: null,
    ...extra,
  };
}

function territoire(niveau: NiveauTerritorial, code: string, nom: string, zone: string | null): TerritoireSource {
  return { niveau, code, nom, population: null, population_annee: null, population_source: null, zone };
}

export function buildReferentiel(decoupage: Decoupage, faits: FaitsTerritoires): Referentiel {
  const territoires: TerritoireSource[] = [];
  const liens: LienSource[] = [];
  const france = territoire('FRANCE', 'FR', 'France', null);
  territoires.push(france);

  const regions = decoupage.regions.filter((r) => ZONES_RETENUES.has(r.zone));
  for (const r of regions) {
    territoires.push(territoire('REGION', r.code, r.nom, r.zone));
    liens.push(lien(['REGION', r.code], ['FRANCE', 'FR'], DECOUPAGE_SOURCE));
  }
  const regionCodes = new Set(regions.map((r) => r.code));

  // Former regions: the 22 metropolitan ones from the facts, the overseas ones kept their codes in 2016.
  const anciennes = [
    ...faits.regions2016.map((r) => ({ code: r.ancienne_region_code, nom: r.ancienne_region_nom, region: r.region_code, source: r.source, zone: 'metro' })),
    ...regions.filter((r) => r.zone === 'drom').map((r) => ({ code: r.code, nom: r.nom, region: r.code, source: DECOUPAGE_SOURCE, zone: 'drom' })),
  ];
  for (const a of anciennes) {
    if (!regionCodes.has(a.region)) throw new Error(`Ancienne région ${a.code} : région ${a.region} inconnue`);
    territoires.push(territoire('ANCIENNE_REGION', a.code, a.nom, a.zone));
    liens.push(lien(['ANCIENNE_REGION', a.code], ['REGION', a.region], a.source));
    liens.push(lien(['ANCIENNE_REGION', a.code], ['FRANCE', 'FR'], a.source));
  }

  const faitsDepartements = new Map(faits.departements.map((d) => [d.departement_code, d]));
  const departements = decoupage.departements.filter((d) => ZONES_RETENUES.has(d.zone));
  // Each département's ancestors, reused for its communes.
  const ancetresDepartement = new Map<string, LienSource[]>();
  for (const d of departements) {
    const fait = faitsDepartements.get(d.code);
    if (d.zone === 'metro' && !fait) throw new Error(`Département ${d.code} absent de departements-anciennes-regions.csv`);
    if (fait && fait.region_code !== d.region) {
      throw new Error(`Département ${d.code} : région ${fait.region_code} (faits) ≠ ${d.region} (COG)`);
    }
    territoires.push(territoire('DEPARTEMENT', d.code, d.nom, d.zone));
    const ancetres = [
      lien(['DEPARTEMENT', d.code], ['DEPARTEMENT', d.code], DECOUPAGE_SOURCE),
      lien(['DEPARTEMENT', d.code], ['REGION', d.region], DECOUPAGE_SOURCE),
      lien(['DEPARTEMENT', d.code], ['ANCIENNE_REGION', fait?.ancienne_region_code ?? d.region], fait?.source ?? DECOUPAGE_SOURCE),
      lien(['DEPARTEMENT', d.code], ['FRANCE', 'FR'], DECOUPAGE_SOURCE),
    ];
    ancetresDepartement.set(d.code, ancetres);
    liens.push(...ancetres.slice(1));
  }

  const communes = decoupage.communes.filter((c) => c.type === 'commune-actuelle' && ZONES_RETENUES.has(c.zone));
  const communesParCode = new Map(communes.map((c) => [c.code, c]));
  for (const c of communes) {
    const commune = territoire('COMMUNE', c.code, c.nom, c.zone);
    commune.population = c.population ?? null;
    commune.population_source = c.population == null ? null : POPULATION_SOURCE;
    territoires.push(commune);
    const ancetres = ancetresDepartement.get(c.departement);
    if (!ancetres) throw new Error(`Commune ${c.code} : département ${c.departement} inconnu`);
    for (const a of ancetres) liens.push({ ...a, niveau_membre: 'COMMUNE', code_membre: c.code });
  }

  // EPCI: their communes, and every ancestor of those communes (several départements or régions = no nesting).
  const epciParCommune = new Map<string, string>();
  for (const e of decoupage.epci) {
    territoires.push(territoire('EPCI', e.code, e.nom, null));
    const parents = new Map<string, LienSource>();
    for (const m of e.membres) {
      const commune = communesParCode.get(m.code);
      if (!commune) throw new Error(`EPCI ${e.code} : commune membre ${m.code} inconnue`);
      epciParCommune.set(m.code, e.code);
      liens.push(lien(['COMMUNE', m.code], ['EPCI', e.code], DECOUPAGE_SOURCE));
      for (const a of ancetresDepartement.get(commune.departement)!) {
        parents.set(`${a.niveau_parent}:${a.code_parent}`, { ...a, niveau_membre: 'EPCI', code_membre: e.code });
      }
    }
    liens.push(...parents.values());
  }

  const pays = buildPaysLiens(faits, { communesParCode, epciParCommune, epci: decoupage.epci, ancetresDepartement });
  territoires.push(...pays.territoires);
  liens.push(...pays.liens);

  computePopulations(territoires, liens);
  return { territoires, liens };
}

// Every level above the commune gets the sum of its current communes (one vintage for all levels).
function computePopulations(territoires: TerritoireSource[], liens: LienSource[]): void {
  const populationCommune = new Map(territoires.filter((t) => t.niveau === 'COMMUNE').map((t) => [t.code, t.population]));
  const sommes = new Map<string, number>();
  for (const l of liens) {
    if (l.niveau_membre !== 'COMMUNE' || l.date_fin !== null) continue;
    const key = `${l.niveau_parent}:${l.code_parent}`;
    sommes.set(key, (sommes.get(key) ?? 0) + (populationCommune.get(l.code_membre) ?? 0));
  }
  for (const t of territoires) {
    if (t.niveau === 'COMMUNE') continue;
    const somme = sommes.get(`${t.niveau}:${t.code}`);
    if (somme === undefined) continue;
    t.population = somme;
    t.population_source = POPULATION_SOMME_SOURCE;
  }
}
