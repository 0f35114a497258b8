import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

// A narrow copy of the searched names, kept by triggers on `territoire` (migration 1732600007000): a search
// (« saint » matches 4,400 communes) counts its matches from the trigram index of this table.
@Entity('territoire_recherche')
@Index('territoire_recherche_trgm_idx', { synchronize: false })
export class TerritoireRecherche {
  @PrimaryColumn('text')
  niveau: string;

  @PrimaryColumn('text')
  code: string;

  @Column('text')
  nomRecherche: string;
}
