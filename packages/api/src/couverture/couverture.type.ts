import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { RELATIONS_ACTION } from './couverture-action.entity';
import { StatutPole, TypePole } from '../poles/pole.enums';
import { EmploiEss } from '../emploi/emploi-ess.entity';
import { NiveauTerritorial } from '../territoires/territoire.enums';

@ObjectType({ simpleResolvers: true, description: 'Nombre de pôles d’un type et d’un statut.' })
export class ComptePoles {
  @Field(() => TypePole)
  type: TypePole;

  @Field(() => StatutPole)
  statut: StatutPole;

  @Field(() => Int)
  nombre: number;
}


@ObjectType({ simpleResolvers: true, description: "Un pôle dont le territoire d'action couvre le territoire." })
export class PoleCouvrant {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  nom: string;

  @Field(() => TypePole)
  type: TypePole;

  @Field(() => StatutPole)
  statut: StatutPole;

  @Field(() => String, { description: "Le territoire d'action tel que la fiche le nomme." })
  territoireAction: string;

  @Field(() => String, {
    description: "TERRITOIRE : le territoire d'action est ce territoire ; ENGLOBANT : il le contient ; MEMBRE : il en fait partie.",
  })
  relation: (typeof RELATIONS_ACTION)[number];
}

@ObjectType({ simpleResolvers: true, description: "Distance au pôle le plus proche d'un type, parmi les statuts comptés (statutsPoles, ACTIF par défaut)." })
export class DistanceType {
  @Field(() => TypePole)
  type: TypePole;

  @Field(() => Float, { nullable: true, description: 'En km, géodésique (sphère, à 0,5 % près de l’ellipsoïde) ; null quand aucun pôle de ce type et des statuts comptés n’a de position.' })
  distanceKm: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'La couverture d’un territoire par les pôles. Chaque nombre dit comment il est obtenu.' })
export class CouvertureTerritoire {
  @Field(() => NiveauTerritorial)
  niveau: NiveauTerritorial;

  @Field(() => String)
  code: string;

  @Field(() => String)
  nom: string;

  @Field(() => Int, { nullable: true, description: 'Population du territoire (référentiel), null si non renseignée.' })
  population: number | null;

  @Field(() => Int, { nullable: true })
  populationAnnee: number | null;

  @Field(() => String, { nullable: true })
  populationSource: string | null;

  @Field(() => [ComptePoles], {
    description:
      'Pôles non supprimés comptés dans le territoire selon la règle `comptage` (SITUE_OU_RATTACHE : position dans le contour, un pôle sur une limite compte dans chaque territoire qu’il touche ; à défaut commune siège ou territoire d’action officiel), par type et statut, ceux sans position compris.',
  })
  polesParTypeStatut: ComptePoles[];

  @Field(() => Int, { description: 'Somme de polesParTypeStatut.' })
  nombrePoles: number;

  @Field(() => Int, { description: 'Dont pôles rattachés par leur territoire d’action, sans position connue : comptés dans nombrePoles, exclus des distances.' })
  polesSansPosition: number;

  @Field(() => Boolean, {
    description: "Vrai si une association de développement d'un statut compté (statutsPoles, ACTIF par défaut) est située dans le territoire ou si son territoire d'action le couvre.",
  })
  associationDeveloppementActive: boolean;

  @Field(() => [PoleCouvrant], {
    description:
      "Pôles dont le territoire d'action officiel est ce territoire, un territoire qui le contient ou un de ses membres (liens actuels). Un territoire d'action en texte libre (non officiel) ne couvre rien.",
  })
  polesCouvrants: PoleCouvrant[];

  @Field(() => [DistanceType], {
    description: 'Distance géodésique du point représentatif du territoire (centre, sinon point sur la surface) au pôle le plus proche de chaque type, parmi les statuts comptés (statutsPoles, ACTIF par défaut).',
  })
  distancesPoleActif: DistanceType[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Moyenne, pondérée par la population, de la distance (km, géodésique sur la sphère) du centre de chaque commune du territoire au pôle le plus proche (tous types) parmi les statuts comptés (statutsPoles). Null sans commune peuplée localisée ou sans pôle localisé de ces statuts.',
  })
  distanceMoyennePonderee: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Part (%) de la population des communes du territoire dont le centre est à moins de rayonKm (géodésique) d’un pôle des statuts comptés (statutsPoles, ACTIF par défaut). Null sans commune peuplée localisée.',
  })
  partPopulationCouverte: number | null;

  @Field(() => Int, { description: 'Communes peuplées et localisées utilisées pour les deux mesures précédentes.' })
  communesMesurees: number;

  @Field(() => Float)
  rayonKm: number;

  @Field(() => [StatutPole], {
    description: 'Les statuts de pôles comptés comme présents pour les distances, l’association active et la population couverte (argument statutsPoles, ACTIF par défaut).',
  })
  statutsPoles: StatutPole[];

  @Field(() => EmploiEss, { nullable: true, description: "Le chiffre de l'emploi ESS le plus récent du territoire, avec sa source." })
  emploiEss: EmploiEss | null;

  @Field(() => String, { description: 'Comment les chiffres sont obtenus (méthode et sources).' })
  methode: string;
}
