import { Arg, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import { comptageLoader } from '../poles/comptage.service';
import { Comptage } from '../poles/comptage.type';
import type { ApiContext } from '../context';
import { StatutPole } from '../poles/pole.enums';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { computeCouverture } from './couverture.service';
import { CouvertureTerritoire } from './couverture.type';
import { STATUTS_POLES_DESCRIPTION } from './statuts-poles.arg';

@Resolver(() => CouvertureTerritoire)
export class CouvertureResolver {
  @Query(() => [CouvertureTerritoire], {
    description:
      'La couverture de chaque territoire d’un niveau (par ex. les Pays de la région 53) par les pôles : pôles situés, pôles couvrants, distances, population couverte, emploi ESS. Calculée en une requête SQL. Les distances suivent une modification de pôle une fois celle-ci enregistrée (recalcul en arrière-plan, en général en moins d’une seconde) : une lecture entre-temps donne la couverture d’avant, entière.',
  })
  couverture(
    @Ctx() ctx: ApiContext,
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans?: TerritoireRef | null,
    @Arg('rayonKm', () => Float, { defaultValue: 20, description: 'Rayon de la population couverte, en km.' }) rayonKm = 20,
    @Arg('statutsPoles', () => [StatutPole], { nullable: true, description: STATUTS_POLES_DESCRIPTION }) statutsPoles?: StatutPole[] | null,
  ): Promise<CouvertureTerritoire[]> {
    return computeCouverture(ctx.db, niveau, dans, rayonKm, statutsPoles);
  }

  @FieldResolver(() => Comptage, { description: 'La règle par laquelle nombrePoles et polesParTypeStatut comptent les pôles, et ceux qu’ils laissent de côté.' })
  comptage(@Root() territoire: CouvertureTerritoire, @Ctx() ctx: ApiContext): Promise<Comptage> {
    return comptageLoader(ctx).load(territoire.niveau);
  }
}
