import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { memoParChamp } from '../common/field-memo';
import { readPage } from '../common/pagination';
import { Territoire } from '../territoires/territoire.entity';
import { comptageLoader } from './comptage.service';
import { Comptage } from './comptage.type';
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
    const { filtre, tri, page, groupe } = memoParChamp(info, 'poles.args', () => {
      const lus = { filtre: args.filtre ?? null, tri: args.tri ?? null, page: readPage(args) };
      return { ...lus, groupe: JSON.stringify([lus.filtre, lus.tri, lus.page]) };
    });
    return polesDansLoader(ctx).load({ niveau: territoire.niveau, code: territoire.code, filtre, tri, page, groupe, light: asksOnlyLightPoleFields(info) });
  }

  @FieldResolver(() => Comptage, { description: 'La règle par laquelle `poles` compte les pôles de ce territoire, et ceux qu’elle laisse de côté à son niveau.' })
  comptage(@Root() territoire: Territoire, @Ctx() ctx: ApiContext): Promise<Comptage> {
    return comptageLoader(ctx).load(territoire.niveau);
  }
}
