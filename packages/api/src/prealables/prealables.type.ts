import { Field, ID, Int, ObjectType } from 'type-graphql';
import { StatutPole } from '../poles/pole.enums';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { EvaluationSoutien } from './evaluation-soutien.entity';
import { SoutienCollectivites } from './soutien-collectivites.enums';

@ObjectType({ simpleResolvers: true, description: 'Une association de développement située dans le territoire ou dont le territoire d’action le couvre.' })
export class AssociationPrealable {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  nom: string;

  @Field(() => StatutPole)
  statut: StatutPole;

  @Field(() => [String], {
    description: "SITUEE : située dans le territoire (position, sinon commune siège) ; TERRITOIRE : son territoire d'action est ce territoire ; ENGLOBANT : son territoire d'action le contient.",
  })
  relations: string[];

  @Field(() => Boolean, { description: 'Son statut est parmi les statuts comptés (statutsPoles) : elle remplit le préalable.' })
  compte: boolean;
}

@ObjectType({ simpleResolvers: true, description: "Les deux préalables de l'étude à la mise en place d'un pôle, pour un territoire." })
export class PrealablesTerritoire {
  @Field(() => NiveauTerritorial)
  niveau: NiveauTerritorial;

  @Field(() => String)
  code: string;

  @Field(() => String)
  nom: string;

  @Field(() => Int, { nullable: true, description: 'Population (référentiel), null si non renseignée.' })
  population: number | null;

  @Field(() => Int, { nullable: true })
  populationAnnee: number | null;

  @Field(() => String, { nullable: true })
  populationSource: string | null;

  @Field(() => [StatutPole], { description: 'Statuts de pôles comptés pour le premier préalable.' })
  statutsPoles: StatutPole[];

  @Field(() => Boolean, { description: '« Une association de développement active et reconnue » : une association des statuts comptés, située ou couvrante.' })
  associationActive: boolean;

  @Field(() => Boolean, { description: 'Lecture haute du premier préalable : les associations de statut INCONNU comptent aussi.' })
  associationActiveBorneHaute: boolean;

  @Field(() => [AssociationPrealable], { description: 'Les associations de développement situées ou couvrantes, de tout statut (compte dit si elle remplit le préalable).' })
  associations: AssociationPrealable[];

  @Field(() => SoutienCollectivites, { description: '« Un soutien des collectivités locales » : l’évaluation enregistrée, INCONNU tant que personne ne l’a faite.' })
  soutienCollectivites: SoutienCollectivites;

  @Field(() => EvaluationSoutien, { nullable: true, description: "L'évaluation enregistrée (texte, source, date, auteur, version), null sans évaluation." })
  evaluationSoutien: EvaluationSoutien | null;

  @Field(() => Boolean, { description: 'Les deux préalables réunis : associationActive et soutienCollectivites = OUI.' })
  deuxPrealables: boolean;

  @Field(() => String, { description: 'Comment chaque préalable est obtenu.' })
  methode: string;

  @Field(() => String, { description: "La source des deux préalables (l'étude)." })
  source: string;
}
