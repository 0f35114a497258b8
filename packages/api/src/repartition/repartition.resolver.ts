import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { FiltrePoles } from '../poles/poles.args';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { Int } from 'type-graphql';
import { DimensionRepartition, MesureRepartition, Repartition, TriRepartition } from './repartition.type';
import { computeRepartition } from './repartition.service';

@Resolver()
export class RepartitionResolver {
  @Query(() => Repartition, { description: 'Répartitions pour graphiques : pôles par territoire, type, statut, année de création ; emploi ESS par famille ou par année.' })
  repartition(
    @Ctx() ctx: ApiContext,
    @Arg('mesure', () => MesureRepartition) mesure: MesureRepartition,
    @Arg('par', () => DimensionRepartition) par: DimensionRepartition,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans?: TerritoireRef | null,
    @Arg('filtre', () => FiltrePoles, { nullable: true }) filtre?: FiltrePoles | null,
    @Arg('tri', () => TriRepartition, { nullable: true }) tri?: TriRepartition | null,
    @Arg('limite', () => Int, { nullable: true, description: 'Garde les N premières lignes dans l’ordre `tri` (« les 5 départements qui ont le plus de pôles » : tri TOTAL_DECROISSANT, limite 5).' })
    limite?: number | null,
  ): Promise<Repartition> {
    return computeRepartition(ctx.db, mesure, par, dans, filtre, { tri, limite });
  }
}
