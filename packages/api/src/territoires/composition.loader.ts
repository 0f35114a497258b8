import DataLoader from 'dataloader';
import type { ApiContext } from '../context';
import { sql } from '../common/sql';
import type { CompositionTerritoire } from './composition-territoire.type';
import { parseKey } from './territoire.loader';
import { territoireColumns } from './territoire-select.sql';

export type CompositionSens = 'membres' | 'parents';

// Dated memberships, past ones included (a Pays's composition, an EPCI's Pays over time).
// Key: `sens|NIVEAU:code|niveau of the other side`.
export function compositionLoader(ctx: ApiContext): DataLoader<string, CompositionTerritoire[]> {
  return ctx.loaders.get('territoires.compositions', () => new DataLoader<string, CompositionTerritoire[]>(async (keys) => {
    const refs = keys.map((key, i) => {
      const [sens, ref, autre] = key.split('|');
      return { i, sens, autre, ...parseKey(ref!) };
    });
    // Two branches so that each uses its index (members by parent, parents by member).
    const rows = await ctx.db.query<CompositionTerritoire & { i: number }>(
      sql`WITH k AS (SELECT * FROM json_to_recordset(${JSON.stringify(refs)}::json) AS k(i int, sens text, autre text, niveau text, code text)),
          l AS (
            SELECT k.i, l.* FROM k JOIN territoire_lien l
              ON k.sens = 'membres' AND l.niveau_parent = k.niveau AND l.code_parent = k.code AND l.niveau_membre = k.autre
            UNION ALL
            SELECT k.i, l.* FROM k JOIN territoire_lien l
              ON k.sens = 'parents' AND l.niveau_membre = k.niveau AND l.code_membre = k.code AND l.niveau_parent = k.autre)
          SELECT l.i, to_char(l.date_debut, 'YYYY-MM-DD') AS "dateDebut", to_char(l.date_fin, 'YYYY-MM-DD') AS "dateFin",
                 l.date_fin IS NULL AS actuelle, l.source, l.confiance, l.note,
                 (SELECT row_to_json(x) FROM (SELECT ${territoireColumns('m')}) x) AS membre,
                 (SELECT row_to_json(x) FROM (SELECT ${territoireColumns('p')}) x) AS parent
          FROM l
          JOIN territoire m ON m.niveau = l.niveau_membre AND m.code = l.code_membre
          JOIN territoire p ON p.niveau = l.niveau_parent AND p.code = l.code_parent
          ORDER BY l.i, l.date_fin DESC NULLS FIRST, m.nom_recherche, p.nom_recherche`,
    );
    const result = keys.map(() => [] as CompositionTerritoire[]);
    for (const { i, ...composition } of rows) result[i]!.push(composition);
    return result;
  }));
}
