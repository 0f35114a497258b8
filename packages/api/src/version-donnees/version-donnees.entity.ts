import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

// A counter every transaction that writes the published data increments once, as it commits (statement triggers ask
// for it, a deferred trigger does it: migrations 1732600019000 and 1732600021000): readers see it change exactly when
// they see the data change. HTTP validators (ETag) carry
// it, and each increment is announced to every API instance (NOTIFY poles_ess_donnees) to empty their caches.
@Entity('version_donnees')
@Check('version_donnees_id_check', 'id = 1')
export class VersionDonnees {
  @PrimaryColumn('smallint', { default: 1 })
  id: number;

  @Column('bigint')
  version: string;
}
