import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { territoireLoader } from '../territoires/territoire.loader';
import { Territoire } from '../territoires/territoire.entity';
import { poleTerritoireActionLoader, poleTerritoiresLoader } from './pole.loader';
import { Pole } from './pole.entity';
import { TerritoireAction } from './pole-territoire-action.entity';

@Resolver(() => Pole)
export class PoleTerritoiresResolver {
  @FieldResolver(() => [Territoire], {
    description: 'Les territoires qui contiennent le pôle (commune, EPCI, Pays, département, région, ancienne région, France).',
  })
  territoires(@Root() pole: Pole, @Ctx() ctx: ApiContext): Promise<Territoire[]> {
    return poleTerritoiresLoader(ctx).load(pole.id);
  }

  @FieldResolver(() => Territoire, { nullable: true, description: 'Le territoire de ce niveau qui contient le pôle.' })
  async territoire(
    @Root() pole: Pole,
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Ctx() ctx: ApiContext,
  ): Promise<Territoire | null> {
    const territoires = await poleTerritoiresLoader(ctx).load(pole.id);
    return territoires.find((t) => t.niveau === niveau) ?? null;
  }

  @FieldResolver(() => Territoire, { nullable: true, description: 'La commune siège, si connue.' })
  communeSiege(@Root() pole: Pole, @Ctx() ctx: ApiContext): Promise<Territoire | null> {
    if (!pole.codeCommuneSiege) return Promise.resolve(null);
    return territoireLoader(ctx).load(`COMMUNE:${pole.codeCommuneSiege}`);
  }

  @FieldResolver(() => TerritoireAction, { nullable: true, description: "Le territoire d'action tel que l'étude le nomme." })
  territoireAction(@Root() pole: Pole, @Ctx() ctx: ApiContext): Promise<TerritoireAction | null> {
    return poleTerritoireActionLoader(ctx).load(pole.id);
  }
}

@Resolver(() => TerritoireAction)
export class TerritoireActionResolver {
  @FieldResolver(() => Territoire, { nullable: true, description: 'Le territoire officiel, quand il en est un.' })
  territoire(@Root() action: TerritoireAction, @Ctx() ctx: ApiContext): Promise<Territoire | null> {
    if (!action.niveau || !action.code) return Promise.resolve(null);
    return territoireLoader(ctx).load(`${action.niveau}:${action.code}`);
  }
}
