import { Arg, Ctx, Float, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { CouvertureTerritoire } from './couverture.type';
import { computeCouverture } from './couverture.service';
import { NiveauTerritorial, TerritoireRef } from './territoire-graphql';

@Resolver()
export class AnalysesResolver {
  @Query(() => [CouvertureTerritoire], {
    description:
      'La couverture de chaque territoire d’un niveau (par ex. les Pays de la région 53) par les pôles : pôles situés, pôles couvrants, distances, population couverte, emploi ESS. Calculée en une requête SQL.',
  })
  couverture(
    @Ctx() ctx: ApiContext,
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans?: TerritoireRef | null,
    @Arg('rayonKm', () => Float, { defaultValue: 20, description: 'Rayon de la population couverte, en km.' }) rayonKm = 20,
  ): Promise<CouvertureTerritoire[]> {
    return computeCouverture(ctx.dataSource, niveau, dans, rayonKm);
  }
}
