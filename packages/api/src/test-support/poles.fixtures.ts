import { createJeton } from '../auth/jeton.service';
import { sql } from '../common/sql';
import type { RoleJeton } from '../common/viewer';
import type { Database } from '../database/database';

interface FixtureTerritoire {
  niveau: string;
  code: string;
  nom: string;
  // [ouest, sud, est, nord]; null = no geometry (tests the fallback through territoire_lien).
  carre: [number, number, number, number] | null;
  centre: [number, number];
  parents: string[];
}

// A few territories with square outlines (tests only; not the reference data).
export const FIXTURE_TERRITOIRES: FixtureTerritoire[] = [
  { niveau: 'FRANCE', code: 'FR', nom: 'France', carre: [-6, 41, 10, 52], centre: [2, 46.5], parents: [] },
  { niveau: 'REGION', code: '53', nom: 'Bretagne', carre: [-5, 47.5, -1.5, 49], centre: [-3, 48.2], parents: ['FRANCE:FR'] },
  { niveau: 'REGION', code: '52', nom: 'Pays de la Loire', carre: [-1.9, 46, 0.5, 47.5], centre: [-0.8, 47.4], parents: ['FRANCE:FR'] },
  { niveau: 'DEPARTEMENT', code: '29', nom: 'Finistère', carre: [-5, 47.6, -3.5, 49], centre: [-4.1, 48.2], parents: ['REGION:53', 'FRANCE:FR'] },
  { niveau: 'DEPARTEMENT', code: '35', nom: 'Ille-et-Vilaine', carre: [-2.2, 47.6, -1.5, 48.7], centre: [-1.7, 48.1], parents: ['REGION:53', 'FRANCE:FR'] },
  { niveau: 'DEPARTEMENT', code: '44', nom: 'Loire-Atlantique', carre: [-1.9, 46.8, -1, 47.5], centre: [-1.7, 47.3], parents: ['REGION:52', 'FRANCE:FR'] },
  { niveau: 'PAYS', code: 'PAYS-BREST', nom: 'Pays de Brest', carre: [-4.8, 48.2, -4, 48.7], centre: [-4.4, 48.45], parents: ['DEPARTEMENT:29', 'REGION:53', 'FRANCE:FR'] },
  { niveau: 'EPCI', code: '244400404', nom: 'Nantes Métropole', carre: [-1.8, 47.1, -1.3, 47.35], centre: [-1.55, 47.22], parents: ['DEPARTEMENT:44', 'REGION:52', 'FRANCE:FR'] },
  { niveau: 'COMMUNE', code: '29019', nom: 'Brest', carre: [-4.55, 48.35, -4.42, 48.45], centre: [-4.486, 48.39], parents: ['PAYS:PAYS-BREST', 'DEPARTEMENT:29', 'REGION:53', 'FRANCE:FR'] },
  { niveau: 'COMMUNE', code: '44109', nom: 'Nantes', carre: [-1.65, 47.17, -1.47, 47.3], centre: [-1.5536, 47.2184], parents: ['EPCI:244400404', 'DEPARTEMENT:44', 'REGION:52', 'FRANCE:FR'] },
  { niveau: 'COMMUNE', code: '35238', nom: 'Rennes', carre: [-1.75, 48.07, -1.62, 48.15], centre: [-1.68, 48.11], parents: ['DEPARTEMENT:35', 'REGION:53', 'FRANCE:FR'] },
  { niveau: 'COMMUNE', code: '29232', nom: 'Quimper', carre: null, centre: [-4.1, 47.99], parents: ['DEPARTEMENT:29', 'REGION:53', 'FRANCE:FR'] },
  { niveau: 'COMMUNE', code: '91223', nom: 'Étampes', carre: null, centre: [2.16, 48.43], parents: ['FRANCE:FR'] },
  { niveau: 'COMMUNE', code: '93039', nom: "L'Île-Saint-Denis", carre: null, centre: [2.34, 48.94], parents: ['FRANCE:FR'] },
];

export async function insertFixtureTerritoires(db: Database): Promise<void> {
  for (const t of FIXTURE_TERRITOIRES) {
    const [ouest, sud, est, nord] = t.carre ?? [];
    const geom = t.carre ? sql`ST_Multi(ST_MakeEnvelope(${ouest}, ${sud}, ${est}, ${nord}, 4326))` : sql`NULL`;
    await db.query(
      sql`INSERT INTO territoire (niveau, code, nom, nom_recherche, geom, centre)
          VALUES (${t.niveau}, ${t.code}, ${t.nom}, lower(${t.nom}), ${geom}, ST_SetSRID(ST_MakePoint(${t.centre[0]}, ${t.centre[1]}), 4326))`,
    );
  }
  for (const t of FIXTURE_TERRITOIRES) {
    for (const parent of t.parents) {
      const [niveau, code] = parent.split(':');
      await db.query(sql`INSERT INTO territoire_lien (niveau_membre, code_membre, niveau_parent, code_parent) VALUES (${t.niveau}, ${t.code}, ${niveau}, ${code})`);
    }
  }
}

export const FIXTURE_CSV = [
  'nom;type_fiche;statut_dans_etude;territoire_tel_que_cite;niveau_territoire;code_territoire;commune_siege;code_commune_siege;source',
  'ADESS Pays de Brest;association-developpement;actif;Pays de Brest;pays;PAYS-BREST;Brest;29019;étude',
  'Les Ecossoles;association-developpement;actif;agglomération de Nantes;epci;244400404;;;étude',
  'Réso Solidaire;association-developpement;inconnu;Pays de Rennes;autre;;Rennes;35238;étude',
  "Pôle d'économie solidaire (Étampes);centre-multifonction;actif;Etampe;commune;91223;Étampes;91223;étude",
  "Le PHARES;espace-hebergement;actif;île Saint Denis;commune;93039;L'Île-Saint-Denis;93039;étude",
  'Maison de Quimper;centre-multifonction;projet;Quimper;commune;29232;Quimper;29232;étude',
  'De fil en réseaux;association-developpement;actif;la montagne limousine;autre;;;;étude',
].join('\n');

export async function createTestJeton(db: Database, role: RoleJeton, codeRegion: string | null = null): Promise<Record<string, string>> {
  const { secret } = await createJeton(db, { nom: `test ${role} ${codeRegion ?? ''}`.trim(), role, codeRegion });
  return { authorization: `Bearer ${secret}` };
}
