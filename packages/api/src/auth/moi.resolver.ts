import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';

@ObjectType({ simpleResolvers: true, description: 'Qui fait la requête : lecteur anonyme, ou le jeton envoyé (nom, rôle, région).' })
export class Utilisateur {
  @Field(() => String, { description: 'lecteur, editeur ou admin.' })
  role: string;

  @Field(() => String, { nullable: true, description: 'Le nom du jeton (null pour un lecteur anonyme).' })
  nom: string | null;

  @Field(() => String, { nullable: true, description: 'La région (2016) à laquelle un éditeur est limité, null sinon.' })
  codeRegion: string | null;
}

// Lets a client check a token before offering edit controls (an unknown token is UNAUTHENTICATED, as everywhere).
@Resolver()
export class MoiResolver {
  @Query(() => Utilisateur, { description: 'Qui fait la requête (le jeton envoyé, ou un lecteur anonyme).' })
  moi(@Ctx() ctx: ApiContext): Utilisateur {
    return { role: ctx.viewer.role, nom: ctx.viewer.nom, codeRegion: ctx.viewer.codeRegion };
  }
}
