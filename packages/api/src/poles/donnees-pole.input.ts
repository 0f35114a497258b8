import { Field, Float, InputType, Int } from 'type-graphql';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { FonctionPole, PrecisionPosition, StatutPole, TypePole } from './pole.enums';

@InputType({ description: 'Longitude et latitude WGS 84.' })
export class PointInput {
  @Field(() => Float)
  lon: number;

  @Field(() => Float)
  lat: number;
}

@InputType({ description: "Territoire d'action : niveau + code officiels, ou libellé seul." })
export class TerritoireActionInput {
  @Field(() => String)
  libelle: string;

  @Field(() => NiveauTerritorial, { nullable: true })
  niveau?: NiveauTerritorial | null;

  @Field(() => String, { nullable: true })
  code?: string | null;
}

@InputType()
export class DocumentJointInput {
  @Field(() => String)
  nom: string;

  @Field(() => String, { nullable: true })
  lien?: string | null;
}

@InputType()
export class SourceChampInput {
  @Field(() => String)
  champ: string;

  @Field(() => String)
  source: string;
}

// Creation needs nom and type; in a modification, an absent field is unchanged and null clears it.
@InputType({ description: 'Les champs de la fiche ; absent = inchangé, null = effacé (inconnu).' })
export class DonneesPoleInput {
  @Field(() => String, { nullable: true })
  nom?: string | null;

  @Field(() => TypePole, { nullable: true })
  type?: TypePole | null;

  @Field(() => TypePole, { nullable: true })
  typeSelonMonographie?: TypePole | null;

  @Field(() => String, { nullable: true })
  noteTypologie?: string | null;

  @Field(() => StatutPole, { nullable: true })
  statut?: StatutPole | null;

  @Field(() => Int, { nullable: true })
  anneeStatut?: number | null;

  @Field(() => [FonctionPole], { nullable: true })
  fonctions?: FonctionPole[] | null;

  @Field(() => PointInput, {
    nullable: true,
    description: "Position explicite ; null = déduite de la commune siège ou du territoire d'action.",
  })
  position?: PointInput | null;

  @Field(() => PrecisionPosition, { nullable: true, description: 'ADRESSE par défaut avec une position explicite.' })
  precisionPosition?: PrecisionPosition | null;

  @Field(() => String, { nullable: true })
  adresse?: string | null;

  @Field(() => String, { nullable: true })
  codeCommuneSiege?: string | null;

  @Field(() => TerritoireActionInput, { nullable: true })
  territoireAction?: TerritoireActionInput | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => String, { nullable: true })
  siteWeb?: string | null;

  @Field(() => String, { nullable: true })
  dateCreation?: string | null;

  @Field(() => String, { nullable: true })
  origine?: string | null;

  @Field(() => String, { nullable: true })
  adherents?: string | null;

  @Field(() => String, { nullable: true })
  statutJuridique?: string | null;

  @Field(() => String, { nullable: true })
  salaries?: string | null;

  @Field(() => String, { nullable: true })
  foncier?: string | null;

  @Field(() => String, { nullable: true })
  budget?: string | null;

  @Field(() => String, { nullable: true })
  domaineActivite?: string | null;

  @Field(() => String, { nullable: true })
  reseau?: string | null;

  @Field(() => Int, { nullable: true })
  taille?: number | null;

  @Field(() => Int, { nullable: true })
  niveauStructuration?: number | null;

  @Field(() => String, { nullable: true })
  objectifs?: string | null;

  @Field(() => String, { nullable: true })
  realisations?: string | null;

  @Field(() => String, { nullable: true })
  projets?: string | null;

  @Field(() => String, { nullable: true })
  pointsForts?: string | null;

  @Field(() => String, { nullable: true })
  pointsFaibles?: string | null;

  @Field(() => String, { nullable: true })
  remarques?: string | null;

  @Field(() => String, { nullable: true })
  enjeux?: string | null;

  @Field(() => [DocumentJointInput], { nullable: true })
  documents?: DocumentJointInput[] | null;

  @Field(() => Boolean, { nullable: true })
  monographie?: boolean | null;

  @Field(() => String, { nullable: true })
  descriptionMonographie?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Source des valeurs saisies (par défaut : le nom du jeton et la date).' })
  source?: string | null;

  @Field(() => [SourceChampInput], { nullable: true, description: 'Source champ par champ, prioritaire sur `source`.' })
  sources?: SourceChampInput[] | null;
}
