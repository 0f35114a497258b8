import fs from 'node:fs';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { ApiError } from '../common/api-error';
import { raw, sql } from '../common/sql';
import type { Database } from '../database/database';
import type { Executor } from '../database/executor';
import { FORMAT_SAUVEGARDE, type EnteteSauvegarde, type FinSauvegarde } from './sauvegarde';
import { empreinteTable, ident, listTables } from './tables-base';

const LOT = 1000;

// Replaces every table by the backup's rows, all or nothing: refused before writing anything if the file is not a
// whole backup of this schema (same migrations, same columns); after writing, each table's checksum must equal the
// backup's or the transaction is rolled back. Triggers are off meanwhile (the search table is restored as saved).
export async function restaurer(db: Database, chemin: string, log: (message: string) => void): Promise<Record<string, string>> {
  if (!fs.existsSync(chemin)) throw refus(chemin, 'fichier introuvable');
  const gunzip = zlib.createGunzip();
  const lignes = readline.createInterface({ input: fs.createReadStream(chemin).pipe(gunzip), crlfDelay: Infinity });
  // Not gzip, or cut inside the compressed data: the lines stop there, and the missing header or end line refuses it.
  gunzip.on('error', () => lignes.close());
  const lues = lignes[Symbol.asyncIterator]();
  const iterateur = {
    next: (): Promise<IteratorResult<string>> => lues.next().catch(() => ({ done: true, value: undefined })),
  };
  try {
    const premiere = await iterateur.next();
    const entete = lire<EnteteSauvegarde>(premiere.done ? undefined : premiere.value, chemin);
    if (entete.format !== FORMAT_SAUVEGARDE) throw refus(chemin, `format inconnu (${String(entete.format)}, attendu ${FORMAT_SAUVEGARDE})`);
    return await db.transaction(async (tx) => {
      await verifierSchema(tx, entete, chemin);
      const noms = entete.tables.map((t) => t.nom);
      for (const nom of noms) await tx.query(sql`ALTER TABLE ${raw(ident(nom))} DISABLE TRIGGER USER`);
      await tx.query(sql`TRUNCATE ${raw(noms.map(ident).join(', '))} RESTART IDENTITY CASCADE`);
      const fin = await insererLignes(tx, iterateur, chemin, log);
      for (const nom of noms) await tx.query(sql`ALTER TABLE ${raw(ident(nom))} ENABLE TRIGGER USER`);
      for (const [sequence, etat] of Object.entries(fin.sequences)) {
        await tx.query(sql`SELECT setval(${sequence}::regclass, ${etat.valeur}::bigint, ${etat.appelee})`);
      }
      const empreintes: Record<string, string> = {};
      for (const nom of noms) {
        empreintes[nom] = await empreinteTable(tx, nom);
        if (empreintes[nom] !== fin.empreintes[nom]) throw refus(chemin, `la table ${nom} restaurée diffère de la sauvegarde (${empreintes[nom]} au lieu de ${fin.empreintes[nom]}) : rien n'a été modifié`);
      }
      return empreintes;
    });
  } finally {
    lignes.close();
  }
}

async function verifierSchema(tx: Executor, entete: EnteteSauvegarde, chemin: string): Promise<void> {
  const migrations = (await tx.query<{ name: string }>(sql`SELECT name FROM typeorm_migrations ORDER BY id`)).map((m) => m.name);
  if (JSON.stringify(migrations) !== JSON.stringify(entete.migrations)) {
    const manquantes = entete.migrations.filter((m) => !migrations.includes(m));
    throw refus(chemin, `elle vient d'un schéma différent (${manquantes.length > 0 ? `migrations inconnues ici : ${manquantes.join(', ')}` : 'migrations plus récentes ici'}) : mettez à jour le code, ou restaurez avec la version qui l'a faite`);
  }
  const ici = new Map((await listTables(tx)).map((t) => [t.nom, t.colonnes.join(',')]));
  for (const table of entete.tables) {
    if (ici.get(table.nom) !== table.colonnes.join(',')) throw refus(chemin, `la table ${table.nom} n'a pas les mêmes colonnes ici`);
  }
}

async function insererLignes(tx: Executor, iterateur: { next(): Promise<IteratorResult<string>> }, chemin: string, log: (message: string) => void): Promise<FinSauvegarde['fin']> {
  let table: string | null = null;
  let lot: string[] = [];
  let total = 0;
  const vider = async () => {
    if (table && lot.length > 0) await tx.query(sql`INSERT INTO ${raw(ident(table))} SELECT (r::${raw(ident(table))}).* FROM unnest(${lot}::text[]) AS r`);
    total += lot.length;
    lot = [];
  };
  for (let suivante = await iterateur.next(); !suivante.done; suivante = await iterateur.next()) {
    const valeur = lire<{ t?: string; l?: string } & Partial<FinSauvegarde>>(suivante.value, chemin);
    if (valeur.fin) {
      await vider();
      log(`  ${total.toLocaleString('fr-FR')} ligne(s) restaurée(s)`);
      return valeur.fin;
    }
    if (valeur.t !== table || lot.length >= LOT) await vider();
    table = valeur.t ?? null;
    lot.push(valeur.l ?? '');
  }
  throw refus(chemin, 'le fichier est coupé (pas de ligne de fin) : rien n’a été modifié');
}

function lire<T>(ligne: string | undefined, chemin: string): T {
  try {
    return JSON.parse(ligne ?? '') as T;
  } catch {
    throw refus(chemin, 'ce n’est pas un fichier de sauvegarde de Pôles ESS (JSON compressé gzip attendu)');
  }
}

function refus(chemin: string, raison: string): ApiError {
  return new ApiError('BAD_USER_INPUT', `Restauration refusée, ${chemin} : ${raison}.`);
}

