import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { FonctionPole, PrecisionPosition, StatutPole, TypePole } from './pole.enums';

@ObjectType({ simpleResolvers: true, description: 'Un document joint à la fiche (statuts, rapport…).' })
export class DocumentJoint {
  @Field(() => String)
  nom: string;

  @Field(() => String, { nullable: true })
  lien: string | null;
}

@ObjectType({ simpleResolvers: true, description: "La source d'une valeur de la fiche." })
export class SourceChamp {
  @Field(() => String, { description: 'Nom du champ GraphQL (ex. « statut », « siteWeb »).' })
  champ: string;

  @Field(() => String)
  source: string;
}

// A pole as read from the database; territory fields are resolved by loaders (pole-territoires.resolver.ts).
@ObjectType({ simpleResolvers: true, description: "Un pôle de développement de l'ESS (une fiche de l'étude ou un pôle ajouté depuis)." })
export class Pole {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: "Clé stable (imports idempotents), dérivée du nom." })
  slug: string;

  @Field(() => String)
  nom: string;

  @Field(() => TypePole, { description: "Le type tel que l'étude le donne dans sa liste des fiches." })
  type: TypePole;

  @Field(() => TypePole, {
    nullable: true,
    description: "Le type selon la monographie de l'étude, quand il y en a une (peut différer de `type`).",
  })
  typeSelonMonographie: TypePole | null;

  @Field(() => String, { nullable: true, description: 'Note sur la typologie (lectures divergentes de l’étude).' })
  noteTypologie: string | null;

  @Field(() => Boolean, { description: "Pôle physique (avec locaux) : faux pour une association de développement." })
  physique: boolean;

  @Field(() => [FonctionPole])
  fonctions: FonctionPole[];

  @Field(() => StatutPole)
  statut: StatutPole;

  @Field(() => Int, { nullable: true, description: "Année d'ouverture prévue (projet) ou de fermeture, si connue." })
  anneeStatut: number | null;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Point GeoJSON (WGS 84) ; null quand le lieu est inconnu.' })
  position: { type: 'Point'; coordinates: [number, number] } | null;

  @Field(() => PrecisionPosition, { nullable: true })
  precisionPosition: PrecisionPosition | null;

  @Field(() => Boolean, {
    description: "Vrai quand la position est déduite d'un territoire (commune siège ou territoire d'action).",
  })
  positionDerivee: boolean;

  @Field(() => String, { nullable: true })
  adresse: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE de la commune siège.' })
  codeCommuneSiege: string | null;

  @Field(() => String, { nullable: true })
  contact: string | null;

  @Field(() => String, { nullable: true })
  siteWeb: string | null;

  @Field(() => String, { nullable: true, description: 'Année (AAAA) ou date (AAAA-MM-JJ) de création.' })
  dateCreation: string | null;

  @Field(() => String, { nullable: true })
  origine: string | null;

  @Field(() => String, { nullable: true })
  adherents: string | null;

  @Field(() => String, { nullable: true })
  statutJuridique: string | null;

  @Field(() => String, { nullable: true })
  salaries: string | null;

  @Field(() => String, { nullable: true })
  foncier: string | null;

  @Field(() => String, { nullable: true })
  budget: string | null;

  @Field(() => String, { nullable: true })
  domaineActivite: string | null;

  @Field(() => String, { nullable: true })
  reseau: string | null;

  @Field(() => Int, { nullable: true, description: 'Taille du pôle, de 1 à 5.' })
  taille: number | null;

  @Field(() => Int, { nullable: true, description: 'Niveau de structuration, de 1 à 5.' })
  niveauStructuration: number | null;

  @Field(() => String, { nullable: true })
  objectifs: string | null;

  @Field(() => String, { nullable: true })
  realisations: string | null;

  @Field(() => String, { nullable: true, description: 'Actions en projet.' })
  projets: string | null;

  @Field(() => String, { nullable: true })
  pointsForts: string | null;

  @Field(() => String, { nullable: true })
  pointsFaibles: string | null;

  @Field(() => String, { nullable: true })
  remarques: string | null;

  @Field(() => String, { nullable: true, description: "Enjeux pour l'avenir." })
  enjeux: string | null;

  @Field(() => [DocumentJoint])
  documents: DocumentJoint[];

  @Field(() => Boolean, { description: "L'étude a consacré une monographie à ce pôle." })
  monographie: boolean;

  @Field(() => String, { nullable: true })
  descriptionMonographie: string | null;

  @Field(() => String, { nullable: true, description: 'Note de transcription (écarts entre sources, précisions).' })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Source de la fiche (par défaut de chaque valeur).' })
  source: string | null;

  @Field(() => [SourceChamp], { description: 'Source de chaque valeur renseignée de la fiche.' })
  sources: SourceChamp[];

  @Field(() => Date, { nullable: true, description: 'Date de suppression (pôle masqué, restaurable).' })
  supprimeLe: Date | null;

  @Field(() => Int, { description: 'Version, à renvoyer à `modifierPole` (verrou optimiste).' })
  version: number;

  @Field(() => Date)
  creeLe: Date;

  @Field(() => Date)
  modifieLe: Date;
}
