import { normalizeSearch } from '@poles-ess/shared';
import { bulkInsert } from '../database/bulk-insert';
import type { Executor } from '../database/executor';
import type { SourceContours } from '../territoires/contours-officiels/load-contours-officiels';
import { readSourceContours } from '../territoires/contours-officiels/load-contours-officiels';
import type { TopologieCommunes } from '../territoires/contours-officiels/read-contours-communes';
import { readReferentiel } from '../territoires/referentiel/load-referentiel';
import type { Referentiel } from '../territoires/referentiel/referentiel.types';

const departementDe = (code: string) => (code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2));

// The committed outlines and the pinned COG reduced to some départements (each kept whole, so that the vintage
// mapping stays strict): a first start in miniature, from the product's own data files.
export function extractSourceContours(departements: readonly string[]): SourceContours {
  const source = readSourceContours();
  const garde = new Set(departements);
  const zones: Record<string, TopologieCommunes> = {};
  for (const [zone, topologie] of Object.entries(source.fichier.zones)) {
    const geometries = topologie.objects.communes.geometries.filter((g) =>
      garde.has(departementDe((g.properties as { code: string }).code)),
    );
    if (geometries.length) zones[zone] = { ...topologie, objects: { communes: { ...topologie.objects.communes, geometries } } };
  }
  return {
    fichier: { ...source.fichier, zones },
    cog: source.cog.filter((c) => garde.has((c as { departement?: string }).departement ?? '')),
    sansContour: source.sansContour.filter((c) => garde.has(departementDe(c.code))),
  };
}

// The reference territories of those départements: their communes, and every territory one of them belongs to.
export function extractReferentiel(departements: readonly string[]): Referentiel {
  const complet = readReferentiel();
  const garde = new Set(departements);
  const communes = new Set(
    complet.liens
      .filter((l) => l.niveau_membre === 'COMMUNE' && l.niveau_parent === 'DEPARTEMENT' && garde.has(l.code_parent))
      .map((l) => l.code_membre),
  );
  const cles = new Set([...communes].map((c) => `COMMUNE:${c}`));
  for (const l of complet.liens) if (l.niveau_membre === 'COMMUNE' && communes.has(l.code_membre)) cles.add(`${l.niveau_parent}:${l.code_parent}`);
  const gardee = (niveau: string, code: string) => cles.has(`${niveau}:${code}`);
  return {
    territoires: complet.territoires.filter((t) => gardee(t.niveau, t.code)),
    liens: complet.liens.filter((l) => gardee(l.niveau_membre, l.code_membre) && gardee(l.niveau_parent, l.code_parent)),
  };
}

export async function insertReferentiel(db: Executor, referentiel: Referentiel): Promise<void> {
  await bulkInsert(
    db,
    'territoire',
    { niveau: 'text', code: 'text', nom: 'text', nom_recherche: 'text', population: 'integer', population_source: 'text', zone: 'text' },
    referentiel.territoires.map((t) => ({ ...t, nom_recherche: normalizeSearch(t.nom) })),
  );
  await bulkInsert(
    db,
    'territoire_lien',
    { niveau_membre: 'text', code_membre: 'text', niveau_parent: 'text', code_parent: 'text', date_debut: 'date', date_fin: 'date', source: 'text' },
    referentiel.liens,
  );
}
