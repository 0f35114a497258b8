import { Field, ObjectType } from 'type-graphql';
import { Territoire } from './territoire.entity';

@ObjectType({ simpleResolvers: true, description: "Appartenance datée d'un territoire à un autre (composition d'un Pays, par exemple)." })
export class CompositionTerritoire {
  @Field(() => Territoire)
  membre: Territoire;

  @Field(() => Territoire)
  parent: Territoire;

  @Field(() => String, { nullable: true, description: 'Date de début (AAAA-MM-JJ), null si la source ne la donne pas.' })
  dateDebut: string | null;

  @Field(() => String, { nullable: true, description: 'Date de fin (AAAA-MM-JJ) ; null = appartenance actuelle.' })
  dateFin: string | null;

  @Field(() => Boolean, { description: 'Vrai quand l’appartenance est en cours (pas de date de fin).' })
  actuelle: boolean;

  @Field(() => String, { nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true, description: 'Confiance donnée par la source des faits (high, medium, low).' })
  confiance: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}
