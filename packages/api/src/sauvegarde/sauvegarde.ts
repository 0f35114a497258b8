import fs from 'node:fs';
import { once } from 'node:events';
import zlib from 'node:zlib';
import { raw, sql } from '../common/sql';
import type { Database } from '../database/database';
import type { Executor } from '../database/executor';
import { empreinteTable, ident, listTables, type TableBase } from './tables-base';

export const FORMAT_SAUVEGARDE = 'poles-ess-sauvegarde/1';
const PAGE = 2000;

// The file's first line; then one line per row ({"t": table, "l": the row as PostgreSQL writes it}); then the end
// line with each table's checksum, which a restore checks (a cut file is refused).
export interface EnteteSauvegarde {
  format: typeof FORMAT_SAUVEGARDE;
  creeLe: string;
  backend: string;
  migrations: string[];
  tables: TableBase[];
}

export interface FinSauvegarde {
  fin: { empreintes: Record<string, string>; sequences: Record<string, { valeur: string; appelee: boolean }> };
}

// Every table of the schema into one gzip file of JSON lines, read in one REPEATABLE READ transaction (a consistent
// copy while the server writes). Works the same on both backends: the rows go through SQL, no pg_dump needed.
export async function sauvegarder(db: Database, chemin: string, log: (message: string) => void): Promise<Record<string, string>> {
  const temporaire = `${chemin}.partiel`;
  const gzip = zlib.createGzip();
  const sortie = gzip.pipe(fs.createWriteStream(temporaire));
  const ecrire = async (valeur: unknown) => {
    if (!gzip.write(`${JSON.stringify(valeur)}\n`)) await once(gzip, 'drain');
  };
  try {
    const empreintes = await db.transaction(async (tx) => {
      await tx.query(sql`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`);
      const tables = await listTables(tx);
      const migrations = await tx.query<{ name: string }>(sql`SELECT name FROM typeorm_migrations ORDER BY id`);
      const entete: EnteteSauvegarde = { format: FORMAT_SAUVEGARDE, creeLe: new Date().toISOString(), backend: db.backend, migrations: migrations.map((m) => m.name), tables };
      await ecrire(entete);
      const fin: FinSauvegarde = { fin: { empreintes: {}, sequences: {} } };
      for (const table of tables) {
        const lignes = await copierTable(tx, table.nom, ecrire);
        fin.fin.empreintes[table.nom] = await empreinteTable(tx, table.nom);
        for (const sequence of table.sequences) {
          const [etat] = await tx.query<{ valeur: string; appelee: boolean }>(sql`SELECT last_value::text AS valeur, is_called AS appelee FROM ${raw(sequence)}`);
          fin.fin.sequences[sequence] = etat!;
        }
        if (lignes > 0) log(`  ${table.nom} : ${lignes.toLocaleString('fr-FR')} ligne(s)`);
      }
      await ecrire(fin);
      return fin.fin.empreintes;
    });
    gzip.end();
    await once(sortie, 'finish');
    // Renamed once complete: an interrupted backup never leaves a file that looks whole.
    fs.renameSync(temporaire, chemin);
    return empreintes;
  } catch (error) {
    gzip.destroy();
    fs.rmSync(temporaire, { force: true });
    throw error;
  }
}

// A table's rows page by page in physical order (ctid), each as PostgreSQL's text of the row.
async function copierTable(tx: Executor, table: string, ecrire: (valeur: unknown) => Promise<void>): Promise<number> {
  let apres = '(0,0)';
  let total = 0;
  for (;;) {
    const page = await tx.query<{ ctid: string; l: string }>(
      sql`SELECT ctid::text AS ctid, t::text AS l FROM ${raw(ident(table))} t WHERE ctid > ${apres}::tid ORDER BY ctid LIMIT ${PAGE}`,
    );
    for (const ligne of page) await ecrire({ t: table, l: ligne.l });
    total += page.length;
    if (page.length < PAGE) return total;
    apres = page[page.length - 1]!.ctid;
  }
}
