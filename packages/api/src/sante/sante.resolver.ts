import { Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { getSante } from './sante.service';
import { Sante } from './sante.type';

@Resolver()
export class SanteResolver {
  @Query(() => Sante, { description: "Santé de l'API : base utilisée, versions, état des migrations." })
  sante(@Ctx() ctx: ApiContext): Promise<Sante> {
    return getSante(ctx.db);
  }
}
