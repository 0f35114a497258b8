import { raw, sql } from '../common/sql';
import type { Executor } from '../database/executor';

export interface TableBase {
  nom: string;
  colonnes: string[];
  // Sequences of its serial columns: their state is saved with the rows.
  sequences: string[];
}

// Every table of the schema except PostGIS's own spatial_ref_sys (the extension fills it), parents before the tables
// that reference them (foreign keys), so that a restore inserts them in this order.
export async function listTables(tx: Executor): Promise<TableBase[]> {
  const tables = await tx.query<{ nom: string; colonnes: string[]; sequences: string[] | null; parents: string[] | null }>(sql`
    SELECT c.relname AS nom,
      (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS colonnes,
      (SELECT array_agg(s) FROM (SELECT pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS s FROM pg_attribute a
         WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) x WHERE s IS NOT NULL) AS sequences,
      (SELECT array_agg(DISTINCT f.confrelid::regclass::text) FROM pg_constraint f WHERE f.conrelid = c.oid AND f.contype = 'f' AND f.confrelid <> c.oid) AS parents
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'spatial_ref_sys'
    ORDER BY c.relname`);
  const ordre: TableBase[] = [];
  const places = new Set<string>();
  while (ordre.length < tables.length) {
    const pretes = tables.filter((t) => !places.has(t.nom) && (t.parents ?? []).every((p) => places.has(p) || !tables.some((x) => x.nom === p)));
    if (pretes.length === 0) throw new Error(`Références circulaires entre tables : ${tables.filter((t) => !places.has(t.nom)).map((t) => t.nom).join(', ')}`);
    for (const t of pretes) {
      ordre.push({ nom: t.nom, colonnes: t.colonnes, sequences: t.sequences ?? [] });
      places.add(t.nom);
    }
  }
  return ordre;
}

// A table's checksum: its row count and the md5 of its rows' md5s in order (each row as PostgreSQL writes it, geometry
// as hexadecimal EWKB): equal checksums = equal tables, whatever the physical order.
export async function empreinteTable(tx: Executor, table: string): Promise<string> {
  const [ligne] = await tx.query<{ n: number; md5: string }>(
    sql`SELECT count(*)::int AS n, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS md5 FROM (SELECT md5(t::text) AS h FROM ${raw(ident(table))} t) s`,
  );
  return `${ligne!.n}:${ligne!.md5}`;
}

export function ident(nom: string): string {
  return `"${nom.replace(/"/g, '""')}"`;
}
