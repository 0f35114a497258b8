import DataLoader from 'dataloader';
import type { ApiContext } from '../context';
import { parseKey } from './territoire.loader';
import { toTerritoire, type TerritoireRow } from './territoire.row';
import { CompositionTerritoire } from './territoire.type';

export type CompositionSens = 'membres' | 'parents';

type Row = { i: number; date_debut: string | null; date_fin: string | null; source: string | null; confiance: string | null; note: string | null };
type Prefixed = Record<string, unknown>;

const COLUMNS = ['niveau', 'code', 'nom', 'population', 'population_annee', 'population_source', 'superficie_km2', 'geometrie_source', 'geometrie_source_nom'];
const select = (alias: string) => COLUMNS.map((c) => `${alias}.${c} AS ${alias}_${c}`).join(', ');
const unprefix = (row: Prefixed, alias: string) =>
  Object.fromEntries(COLUMNS.map((c) => [c, row[`${alias}_${c}`]])) as unknown as TerritoireRow;

// Dated memberships, past ones included (a Pays's composition, an EPCI's Pays over time).
// Key: `sens|NIVEAU:code|niveau of the other side`.
export function compositionLoader(ctx: ApiContext): DataLoader<string, CompositionTerritoire[]> {
  return ctx.loaders.get('territoires.compositions', () => new DataLoader<string, CompositionTerritoire[]>(async (keys) => {
    const refs = keys.map((key, i) => {
      const [sens, ref, autre] = key.split('|');
      return { i, sens, autre, ...parseKey(ref!) };
    });
    // Two branches so that each uses its index (members by parent, parents by member).
    const rows = (await ctx.dataSource.query(
      `WITH k AS (SELECT * FROM json_to_recordset($1::json) AS k(i int, sens text, autre text, niveau text, code text)),
       l AS (
         SELECT k.i, l.* FROM k JOIN territoire_lien l
           ON k.sens = 'membres' AND l.niveau_parent = k.niveau AND l.code_parent = k.code AND l.niveau_membre = k.autre
         UNION ALL
         SELECT k.i, l.* FROM k JOIN territoire_lien l
           ON k.sens = 'parents' AND l.niveau_membre = k.niveau AND l.code_membre = k.code AND l.niveau_parent = k.autre)
       SELECT l.i, to_char(l.date_debut, 'YYYY-MM-DD') AS date_debut, to_char(l.date_fin, 'YYYY-MM-DD') AS date_fin,
              l.source, l.confiance, l.note, ${select('m')}, ${select('p')}
       FROM l
       JOIN territoire m ON m.niveau = l.niveau_membre AND m.code = l.code_membre
       JOIN territoire p ON p.niveau = l.niveau_parent AND p.code = l.code_parent
       ORDER BY l.i, l.date_fin DESC NULLS FIRST, m.nom_recherche, p.nom_recherche`,
      [JSON.stringify(refs)],
    )) as (Row & Prefixed)[];
    const result = keys.map(() => [] as CompositionTerritoire[]);
    for (const row of rows) {
      result[row.i]!.push(Object.assign(new CompositionTerritoire(), {
        membre: toTerritoire(unprefix(row, 'm')),
        parent: toTerritoire(unprefix(row, 'p')),
        dateDebut: row.date_debut,
        dateFin: row.date_fin,
        actuelle: row.date_fin === null,
        source: row.source,
        confiance: row.confiance,
        note: row.note,
      }));
    }
    return result;
  }));
}
