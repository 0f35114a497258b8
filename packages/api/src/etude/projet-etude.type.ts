import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PrecisionPosition, StatutPole, TypePole } from '../poles/pole.enums';
import { NiveauTerritorial } from '../territoires/territoire.enums';

@ObjectType({ simpleResolvers: true, description: "Un projet de pôle que l'étude annonce, tel qu'elle l'écrit." })
export class ProjetEtude {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  libelle: string;

  @Field(() => TypePole)
  type: TypePole;

  @Field(() => StatutPole, { description: "PROJET : le statut que lui donne l'étude (vers 2010)." })
  statut: StatutPole;

  @Field(() => Int, { description: 'Nombre de projets (8 pour les associations d’acteurs en projet en Bretagne, que l’étude ne nomme pas).' })
  nombre: number;

  @Field(() => String, { nullable: true, description: "Date annoncée telle que l'étude l'écrit (« fin 2011 ») ; null quand elle n'en donne pas." })
  dateAnnoncee: string | null;

  @Field(() => Int, { nullable: true, description: 'Année de la date annoncée.' })
  anneeAnnoncee: number | null;

  @Field(() => Int, { nullable: true, description: "Surface annoncée en m², null quand l'étude n'en donne pas." })
  surfaceM2: number | null;

  @Field(() => String, { nullable: true, description: "Le lieu tel que l'étude le décrit." })
  lieu: string | null;

  @Field(() => NiveauTerritorial)
  niveau: NiveauTerritorial;

  @Field(() => String, { description: 'Code du territoire où l’étude place le projet.' })
  code: string;

  @Field(() => PrecisionPosition, {
    description: "COMMUNE : l'étude ne nomme que la ville, pas d'adresse ; TERRITOIRE : seulement le Pays ou la région.",
  })
  precisionLieu: PrecisionPosition;

  @Field(() => String, { description: "Les mots de l'étude." })
  extrait: string;

  @Field(() => String, { description: "La partie de l'étude qui l'annonce." })
  partieEtude: string;

  @Field(() => String)
  source: string;

  @Field(() => String, { description: 'Comment les pôles correspondants sont trouvés (polesCorrespondants).' })
  methodeCorrespondance: string;

  // The matching rule's statuses (null = any status).
  statutsCorrespondance: StatutPole[] | null;
}
