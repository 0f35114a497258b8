import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { readPage } from '../common/pagination';
import { Territoire } from '../territoires/territoire.type';
import { polesDansLoader } from './pole.loader';
import { asksOnlyLightPoleFields } from './pole-fields';
import { PoleConnection } from './pole-connection.type';
import { PolesArgs } from './poles.args';

@Resolver(() => Territoire)
export class TerritoirePolesResolver {
  @FieldResolver(() => PoleConnection, { description: 'Les pôles situés dans ce territoire (filtrables, paginés).' })
  poles(
    @Root() territoire: Territoire,
    @Args(() => PolesArgs) args: PolesArgs,
    @Ctx() ctx: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PoleConnection> {
    return polesDansLoader(ctx).load({
      niveau: territoire.niveau,
      code: territoire.code,
      filtre: args.filtre ?? null,
      tri: args.tri ?? null,
      page: readPage(args),
      light: asksOnlyLightPoleFields(info),
    });
  }
}
