import { FONCTIONS_POLE, PRECISIONS_POSITION, STATUTS_POLE, TYPES_POLE } from '@poles-ess/shared';
import { z } from 'zod';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { checkIn } from '../database/check-in';
import { ChampFiche } from './champ-fiche.decorator';
import { entierCsv, listeCsv, ouiNonCsv, positionCsv, precisionCsv, texteCsv, valeurCsv } from './fiche-csv.codecs';
import { adresseWeb, annee, codeCommune, dateOuAnnee, documents, noteSur5, point, texte, valeurDe } from './fiche.validators';
import { DocumentJoint, DocumentJointInput, PointInput, SourceChamp } from './pole-parts.type';
import { FonctionPole, PrecisionPosition, StatutPole, TypePole } from './pole.enums';

// A pole: the table `pole` (TypeORM), the GraphQL type, and for each fiche field what editing it takes (ChampFiche:
// validation, CSV columns). Every fiche field is nullable: what the study does not say stays unknown.
@Entity('pole')
@Check('pole_type_check', checkIn('type', TYPES_POLE))
@Check('pole_type_selon_monographie_check', checkIn('type_selon_monographie', TYPES_POLE))
@Check('pole_statut_check', checkIn('statut', STATUTS_POLE))
@Check('pole_precision_position_check', checkIn('precision_position', PRECISIONS_POSITION))
@Check('pole_date_creation_check', `date_creation ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'`)
@Check('pole_taille_check', 'taille BETWEEN 1 AND 5')
@Check('pole_niveau_structuration_check', 'niveau_structuration BETWEEN 1 AND 5')
@Check('pole_check', '(position IS NULL) = (precision_position IS NULL)')
@Index('pole_position_idx', ['position'], { spatial: true })
@Index('pole_nom_recherche_idx', ['nomRecherche'])
@ObjectType('Pole', { simpleResolvers: true, description: "Un pôle de développement de l'ESS (une fiche de l'étude ou un pôle ajouté depuis)." })
export class Pole {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String, { description: 'Clé stable (imports idempotents), dérivée du nom.' })
  @Column('text', { unique: true })
  slug: string;

  @ChampFiche(() => String, {
    valider: z.string().trim().min(1, { message: 'Le nom est obligatoire.' }).max(200, { message: 'Nom trop long (200 caractères au plus).' }),
    csv: texteCsv({ obligatoire: true }),
  })
  @Column('text')
  nom: string;

  // Only in a list filtered by `autourDe`: not a column.
  @Field(() => Float, { nullable: true, description: 'Distance en km au centre du filtre `autourDe` (sur la sphère) ; null hors de ce filtre ou sans position.' })
  distanceKm?: number | null;

  // The name and the territory of action without accents, case or punctuation, for search.
  @Column('text', { select: false })
  nomRecherche: string;

  @ChampFiche(() => TypePole, {
    description: "Le type tel que l'étude le donne dans sa liste des fiches.",
    valider: valeurDe(TYPES_POLE, 'Type inconnu'),
    csv: valeurCsv(TYPES_POLE, 'Type inconnu', { colonne: 'type_fiche', obligatoire: true }),
  })
  @Column('text')
  type: TypePole;

  @ChampFiche(() => TypePole, {
    nullable: true,
    description: "Le type selon la monographie de l'étude, quand il y en a une (peut différer de `type`).",
    valider: valeurDe(TYPES_POLE, 'Type inconnu').nullable(),
    csv: valeurCsv(TYPES_POLE, 'Type inconnu'),
  })
  @Column('text', { nullable: true })
  typeSelonMonographie: TypePole | null;

  @Field(() => Boolean, { description: 'Pôle physique (avec locaux) : faux pour une association de développement.' })
  physique: boolean;

  @ChampFiche(() => [FonctionPole], {
    valider: z.array(valeurDe(FONCTIONS_POLE, 'Fonction inconnue')),
    csv: listeCsv(),
  })
  @Column('text', { array: true, default: '{}' })
  fonctions: FonctionPole[];

  @ChampFiche(() => StatutPole, {
    valider: valeurDe(STATUTS_POLE, 'Statut inconnu'),
    csv: valeurCsv(STATUTS_POLE, 'Statut inconnu', { colonne: 'statut_dans_etude', obligatoire: true, vide: 'INCONNU' }),
  })
  @Column('text', { default: 'INCONNU' })
  statut: StatutPole;

  @ChampFiche(() => Int, {
    nullable: true,
    description: "Année d'ouverture prévue (projet) ou de fermeture, si connue.",
    valider: annee(),
    csv: entierCsv(),
  })
  @Column('integer', { nullable: true })
  anneeStatut: number | null;

  @ChampFiche(() => GeoJSONScalar, {
    nullable: true,
    description: 'Point GeoJSON (WGS 84) ; null quand le lieu est inconnu.',
    saisie: () => PointInput,
    descriptionSaisie: "Position explicite ; null = déduite de la commune siège ou du territoire d'action.",
    valider: point(),
    csv: positionCsv(),
  })
  @Column('geometry', { spatialFeatureType: 'Point', srid: 4326, nullable: true })
  position: { type: 'Point'; coordinates: [number, number] } | null;

  @ChampFiche(() => PrecisionPosition, {
    nullable: true,
    descriptionSaisie: 'ADRESSE par défaut avec une position explicite.',
    valider: valeurDe(PRECISIONS_POSITION, 'Précision inconnue').nullable(),
    csv: precisionCsv(PRECISIONS_POSITION),
  })
  @Column('text', { nullable: true })
  precisionPosition: PrecisionPosition | null;

  @Field(() => Boolean, { description: "Vrai quand la position est déduite d'un territoire (commune siège ou territoire d'action)." })
  @Column('boolean', { default: false })
  positionDerivee: boolean;

  @ChampFiche(() => String, { nullable: true, valider: texte(500), csv: texteCsv() })
  @Column('text', { nullable: true })
  adresse: string | null;

  @ChampFiche(() => String, { nullable: true, description: 'Code INSEE de la commune siège.', valider: codeCommune(), csv: texteCsv() })
  @Column('text', { nullable: true })
  codeCommuneSiege: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(1000), csv: texteCsv() })
  @Column('text', { nullable: true })
  contact: string | null;

  @ChampFiche(() => String, { nullable: true, valider: adresseWeb(), csv: texteCsv() })
  @Column('text', { nullable: true })
  siteWeb: string | null;

  @ChampFiche(() => String, { nullable: true, description: 'Année (AAAA) ou date (AAAA-MM-JJ) de création.', valider: dateOuAnnee(), csv: texteCsv() })
  @Column('text', { nullable: true })
  dateCreation: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(5000), csv: texteCsv() })
  @Column('text', { nullable: true })
  origine: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(1000), csv: texteCsv() })
  @Column('text', { nullable: true })
  adherents: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(300), csv: texteCsv() })
  @Column('text', { nullable: true })
  statutJuridique: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(300), csv: texteCsv() })
  @Column('text', { nullable: true })
  salaries: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(1000), csv: texteCsv() })
  @Column('text', { nullable: true })
  foncier: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(1000), csv: texteCsv() })
  @Column('text', { nullable: true })
  budget: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(1000), csv: texteCsv() })
  @Column('text', { nullable: true })
  domaineActivite: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(1000), csv: texteCsv() })
  @Column('text', { nullable: true })
  reseau: string | null;

  @ChampFiche(() => Int, { nullable: true, description: 'Taille du pôle, de 1 à 5.', valider: noteSur5('Taille du pôle'), csv: entierCsv() })
  @Column('smallint', { nullable: true })
  taille: number | null;

  @ChampFiche(() => Int, {
    nullable: true,
    description: 'Niveau de structuration, de 1 à 5.',
    valider: noteSur5('Niveau de structuration'),
    csv: entierCsv(),
  })
  @Column('smallint', { nullable: true })
  niveauStructuration: number | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(5000), csv: texteCsv() })
  @Column('text', { nullable: true })
  objectifs: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(5000), csv: texteCsv() })
  @Column('text', { nullable: true })
  realisations: string | null;

  @ChampFiche(() => String, { nullable: true, description: 'Actions en projet.', valider: texte(5000), csv: texteCsv() })
  @Column('text', { nullable: true })
  projets: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(5000), csv: texteCsv() })
  @Column('text', { nullable: true })
  pointsForts: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(5000), csv: texteCsv() })
  @Column('text', { nullable: true })
  pointsFaibles: string | null;

  @ChampFiche(() => String, { nullable: true, valider: texte(5000), csv: texteCsv() })
  @Column('text', { nullable: true })
  remarques: string | null;

  @ChampFiche(() => String, { nullable: true, description: "Enjeux pour l'avenir.", valider: texte(5000), csv: texteCsv() })
  @Column('text', { nullable: true })
  enjeux: string | null;

  @ChampFiche(() => String, {
    nullable: true,
    description: 'Note sur la typologie (lectures divergentes de l’étude).',
    valider: texte(2000),
    csv: texteCsv(),
  })
  @Column('text', { nullable: true })
  noteTypologie: string | null;

  @ChampFiche(() => [DocumentJoint], { saisie: () => [DocumentJointInput], valider: documents(), csv: null })
  @Column('jsonb', { default: () => "'[]'" })
  documents: DocumentJoint[];

  @ChampFiche(() => Boolean, {
    description: "L'étude a consacré une monographie à ce pôle.",
    valider: z.boolean(),
    csv: ouiNonCsv(),
  })
  @Column('boolean', { default: false })
  monographie: boolean;

  @ChampFiche(() => String, { nullable: true, valider: texte(1000), csv: texteCsv() })
  @Column('text', { nullable: true })
  descriptionMonographie: string | null;

  @ChampFiche(() => String, {
    nullable: true,
    description: 'Note de transcription (écarts entre sources, précisions).',
    valider: texte(5000),
    csv: texteCsv(),
  })
  @Column('text', { nullable: true })
  note: string | null;

  @ChampFiche(() => String, {
    nullable: true,
    description: 'Source de la fiche (par défaut de chaque valeur).',
    descriptionSaisie: 'Source des valeurs saisies (par défaut : le nom du jeton et la date).',
    valider: texte(1000),
    csv: texteCsv(),
  })
  @Column('text', { nullable: true })
  source: string | null;

  // The source of each value written, field → source; GraphQL lists it as `sources`.
  @Column('jsonb', { name: 'sources', default: () => "'{}'" })
  sourcesParChamp: Record<string, string>;

  @Field(() => [SourceChamp], { description: 'Source de chaque valeur renseignée de la fiche.' })
  sources: SourceChamp[];

  @Field(() => Date, { nullable: true, description: 'Date de suppression (pôle masqué, restaurable).' })
  @Column('timestamptz', { nullable: true })
  supprimeLe: Date | null;

  @Field(() => Int, { description: 'Version, à renvoyer à `modifierPole` (verrou optimiste).' })
  @Column('integer', { default: 1 })
  version: number;

  @Field(() => Date)
  @Column('timestamptz', { default: () => 'now()' })
  creeLe: Date;

  @Field(() => Date)
  @Column('timestamptz', { default: () => 'now()' })
  modifieLe: Date;
}
