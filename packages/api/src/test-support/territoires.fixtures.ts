import type { Database } from '../database/database';
import { normalizeSearch } from '@poles-ess/shared';
import { bulkInsert } from '../database/bulk-insert';

// A small territorial fixture for integration tests: 2 régions, 3 départements, 2 EPCI (one across two
// départements and two régions), 1 Pays with a past member, 120 communes in the Finistère, square outlines.
const square = (x: number, y: number, size: number) =>
  `SRID=4326;MULTIPOLYGON(((${x} ${y}, ${x + size} ${y}, ${x + size} ${y + size}, ${x} ${y + size}, ${x} ${y})))`;

export const FIXTURE_COMMUNES = 120;

export async function insertTerritoiresFixture(db: Database): Promise<void> {
  const territoires: Record<string, unknown>[] = [
    { niveau: 'FRANCE', code: 'FR', nom: 'France', geom: square(-5, 42, 13) },
    { niveau: 'REGION', code: '53', nom: 'Bretagne', geom: square(-5, 47, 4) },
    { niveau: 'REGION', code: '52', nom: 'Pays de la Loire', geom: square(-2, 46, 3) },
    { niveau: 'REGION', code: '11', nom: 'Île-de-France', geom: square(2, 48, 1) },
    { niveau: 'DEPARTEMENT', code: '29', nom: 'Finistère', geom: square(-5, 48, 1) },
    { niveau: 'DEPARTEMENT', code: '56', nom: 'Morbihan', geom: square(-3.5, 47.5, 1) },
    { niveau: 'DEPARTEMENT', code: '44', nom: 'Loire-Atlantique', geom: square(-2, 47, 1) },
    { niveau: 'EPCI', code: '242900314', nom: 'Brest Métropole', geom: square(-5, 48, 0.5) },
    { niveau: 'EPCI', code: '244400610', nom: 'CA Cap Atlantique', geom: square(-2.6, 47.2, 0.4) },
    { niveau: 'PAYS', code: 'PAYS-BREST', nom: 'Pays de Brest', geom: square(-5, 48, 0.6) },
  ];
  for (let i = 0; i < FIXTURE_COMMUNES; i += 1) {
    const code = `29${String(i + 1).padStart(3, '0')}`;
    territoires.push({ niveau: 'COMMUNE', code, nom: i === 0 ? 'Brest' : `Commune ${code}`, population: 1000 + i, geom: square(-5 + (i % 10) * 0.05, 48 + Math.floor(i / 10) * 0.05, 0.05) });
  }
  await bulkInsert(
    db,
    'territoire',
    { niveau: 'text', code: 'text', nom: 'text', nom_recherche: 'text', population: 'integer', geom: 'text' },
    territoires.map((t) => ({ ...t, nom_recherche: normalizeSearch(t.nom as string) })),
  );
  const lien = (m: string, mc: string, p: string, pc: string, extra: Record<string, unknown> = {}) => ({
    niveau_membre: m, code_membre: mc, niveau_parent: p, code_parent: pc, date_debut: null, date_fin: null, source: 'fixture', ...extra,
  });
  const liens = [
    lien('REGION', '53', 'FRANCE', 'FR'), lien('REGION', '52', 'FRANCE', 'FR'), lien('REGION', '11', 'FRANCE', 'FR'),
    lien('DEPARTEMENT', '29', 'REGION', '53'), lien('DEPARTEMENT', '56', 'REGION', '53'), lien('DEPARTEMENT', '44', 'REGION', '52'),
    lien('EPCI', '242900314', 'DEPARTEMENT', '29'), lien('EPCI', '242900314', 'REGION', '53'), lien('EPCI', '242900314', 'PAYS', 'PAYS-BREST'),
    lien('EPCI', '244400610', 'DEPARTEMENT', '44'), lien('EPCI', '244400610', 'DEPARTEMENT', '56'),
    lien('EPCI', '244400610', 'REGION', '52'), lien('EPCI', '244400610', 'REGION', '53'),
    lien('EPCI', '244400610', 'PAYS', 'PAYS-BREST', { date_debut: '2010-01-01', date_fin: '2018-01-01', confiance: 'low' }),
    lien('PAYS', 'PAYS-BREST', 'REGION', '53'), lien('PAYS', 'PAYS-BREST', 'DEPARTEMENT', '29'),
  ];
  for (let i = 0; i < FIXTURE_COMMUNES; i += 1) {
    const code = `29${String(i + 1).padStart(3, '0')}`;
    liens.push(lien('COMMUNE', code, 'DEPARTEMENT', '29'), lien('COMMUNE', code, 'REGION', '53'), lien('COMMUNE', code, 'FRANCE', 'FR'));
    if (i < 8) liens.push(lien('COMMUNE', code, 'EPCI', '242900314'), lien('COMMUNE', code, 'PAYS', 'PAYS-BREST'));
  }
  await bulkInsert(
    db,
    'territoire_lien',
    { niveau_membre: 'text', code_membre: 'text', niveau_parent: 'text', code_parent: 'text', date_debut: 'date', date_fin: 'date', source: 'text', confiance: 'text' },
    liens,
  );
}
