import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { checkIn } from '../database/check-in';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { NATURES_ANNEE, NIVEAUX_TERRITORIAUX, UNITES_EFFECTIF } from '@poles-ess/shared';
import {
  CHAMPS_ESS, ChampEss, DENOMINATEURS_EMPLOI, DenominateurEmploi, NatureAnnee, UNITES_FAMILLES, UniteEffectif, UniteFamilles,
} from './emploi-ess.enums';
import { SourceEmploi } from './source-emploi.type';

// One row per figure as one source states it. Several rows for the same territory and year coexist (other source,
// field or denominator): the natural key keeps them apart (NULLS NOT DISTINCT, in the migration), nothing merges
// them. No foreign key to territoire: a figure may name a territory before the reference data is loaded.
@Entity('emploi_ess')
@Check('emploi_ess_niveau_check', checkIn('niveau', NIVEAUX_TERRITORIAUX))
@Check('emploi_ess_denominateur_check', checkIn('denominateur', DENOMINATEURS_EMPLOI))
@Check('emploi_ess_champ_check', checkIn('champ', CHAMPS_ESS))
@Check('emploi_ess_unite_familles_check', checkIn('unite_familles', UNITES_FAMILLES))
@Check('emploi_ess_annee_nature_check', checkIn('annee_nature', NATURES_ANNEE))
@Check('emploi_ess_unite_effectif_check', checkIn('unite_effectif', UNITES_EFFECTIF))
@Check('emploi_ess_annee_inconnue_check', `(annee IS NULL) = (annee_nature = 'INCONNUE')`)
@Unique('emploi_ess_cle', ['niveau', 'code', 'annee', 'sourceTitre', 'denominateurLibelle', 'champ'])
@Index('emploi_ess_territoire_idx', ['niveau', 'code', 'annee'])
@ObjectType('EmploiEss', {
  simpleResolvers: true,
  description:
    "Un chiffre de l'emploi salarié dans l'ESS, tel qu'une source le donne pour un territoire et une année. Plusieurs chiffres peuvent coexister pour le même territoire et la même année (sources, champs ou dénominateurs différents) : ils ne sont jamais fusionnés.",
})
export class EmploiEss {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => NiveauTerritorial)
  @Column('text')
  niveau: NiveauTerritorial;

  @Field(() => String)
  @Column('text')
  code: string;

  @Field(() => String, { description: 'Le nom du territoire tel que la source le donne.' })
  @Column('text')
  nom: string;

  @Field(() => Int, { nullable: true, description: 'Année des données, ou de publication, ou déduite (voir `anneeNature`) ; null si la source n’en donne aucune.' })
  @Column('integer', { nullable: true })
  annee: number | null;

  @Field(() => NatureAnnee)
  @Column('text', { default: 'DONNEES' })
  anneeNature: NatureAnnee;

  @Field(() => Int, { nullable: true, description: "Nombre de salariés de l'ESS ; null si la source ne le donne pas." })
  @Column('integer', { nullable: true })
  effectifSalarie: number | null;

  @Field(() => UniteEffectif, { description: 'Unité de l’effectif et de la part : salariés ou équivalents temps plein.' })
  @Column('text', { default: 'POSTES' })
  uniteEffectif: UniteEffectif;

  @Field(() => Boolean, { description: 'Vrai quand la source donne une valeur minimale (« plus de … ») : effectif et part sont des bornes inférieures.' })
  @Column('boolean', { default: false })
  borneInferieure: boolean;

  @Field(() => Float, { nullable: true, description: "Part de l'ESS en %, du total nommé par `denominateur`." })
  @Column('double precision', { nullable: true })
  partEmploi: number | null;

  @Field(() => DenominateurEmploi, { nullable: true, description: 'Le total dont `partEmploi` est une part ; null si non précisé.' })
  @Column('text', { nullable: true })
  denominateur: DenominateurEmploi | null;

  @Field(() => String, { nullable: true, description: 'Le dénominateur tel que la source le libelle.' })
  @Column('text', { nullable: true })
  denominateurLibelle: string | null;

  @Field(() => ChampEss)
  @Column('text')
  champ: ChampEss;

  @Field(() => Float, { nullable: true, description: 'Associations, dans l’unité `uniteFamilles`.' })
  @Column('double precision', { nullable: true })
  associations: number | null;

  @Field(() => Float, { nullable: true, description: 'Coopératives, dans l’unité `uniteFamilles`.' })
  @Column('double precision', { nullable: true })
  cooperatives: number | null;

  @Field(() => Float, { nullable: true, description: 'Mutuelles, dans l’unité `uniteFamilles`.' })
  @Column('double precision', { nullable: true })
  mutuelles: number | null;

  @Field(() => Float, { nullable: true, description: 'Fondations, dans l’unité `uniteFamilles`.' })
  @Column('double precision', { nullable: true })
  fondations: number | null;

  @Field(() => UniteFamilles, { nullable: true, description: 'Effectifs ou parts (%) ; null quand aucune famille n’est renseignée.' })
  @Column('text', { nullable: true })
  uniteFamilles: UniteFamilles | null;

  @Field(() => Int, { nullable: true })
  @Column('integer', { nullable: true })
  etablissements: number | null;

  // The citation as transcribed; GraphQL shows it with what it names as `source`.
  @Column('text', { name: 'source' })
  sourceTitre: string;

  @Column('text', { nullable: true })
  sourceEditeur: string | null;

  @Column('integer', { nullable: true })
  sourceAnnee: number | null;

  @Column('text', { nullable: true })
  sourceLien: string | null;

  // The address where the value was read (the facts' `url`).
  @Column('text', { nullable: true })
  sourceUrl: string | null;

  @Field(() => Boolean, { description: 'Vrai quand la valeur a été lue dans une source secondaire (presse, blog, reprise) et non dans la publication d’origine.' })
  @Column('boolean', { default: false })
  sourceSecondaire: boolean;

  @Field(() => SourceEmploi)
  source: SourceEmploi;

  @Field(() => String, { nullable: true, description: 'La note de la source, brute (approximations, champ, précisions).' })
  @Column('text', { nullable: true })
  note: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  importeLe: Date;
}
