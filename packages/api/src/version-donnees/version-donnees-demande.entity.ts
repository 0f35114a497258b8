import { Entity, PrimaryColumn } from 'typeorm';

// A writing transaction's request for a data version bump, made by the first write of the transaction (statement
// triggers) and carried out at its commit by a deferred trigger, which deletes the row (migration 1732600021000):
// the table is empty outside transactions.
@Entity('version_donnees_demande')
export class VersionDonneesDemande {
  @PrimaryColumn('bigint')
  txid: string;
}
