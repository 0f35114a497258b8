import { Arg, Ctx, Float, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { STATUTS_POLES_DESCRIPTION } from '../couverture/statuts-poles.arg';
import { StatutPole } from '../poles/pole.enums';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { ComparaisonTerritoire, IndicateurComparaison } from './comparer.type';
import { compareTerritoires } from './comparer.service';

@Resolver()
export class ComparerResolver {
  @Query(() => [ComparaisonTerritoire], { description: '2 à 6 territoires côte à côte, englobants aux niveaux `parents` compris (un Pays face à sa région et à la France), chaque valeur avec sa source et son année.' })
  comparer(
    @Ctx() ctx: ApiContext,
    @Arg('territoires', () => [TerritoireRef]) territoires: TerritoireRef[],
    @Arg('indicateurs', () => [IndicateurComparaison], { nullable: true, description: 'Tous par défaut.' })
    indicateurs?: IndicateurComparaison[] | null,
    @Arg('parents', () => [NiveauTerritorial], { nullable: true, description: 'Ajoute les territoires englobants de ces niveaux (par ex. [REGION, FRANCE]).' })
    parents?: NiveauTerritorial[] | null,
    @Arg('rayonKm', () => Float, { defaultValue: 20 }) rayonKm = 20,
    @Arg('statutsPoles', () => [StatutPole], { nullable: true, description: STATUTS_POLES_DESCRIPTION }) statutsPoles?: StatutPole[] | null,
  ): Promise<ComparaisonTerritoire[]> {
    return compareTerritoires(ctx.db, territoires, indicateurs ?? Object.values(IndicateurComparaison), parents ?? [], rayonKm, statutsPoles);
  }
}
