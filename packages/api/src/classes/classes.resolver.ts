import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { STATUTS_POLES_DESCRIPTION } from '../couverture/statuts-poles.arg';
import { StatutPole } from '../poles/pole.enums';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { Classes, IndicateurCarte, MethodeClassification } from './classes.type';
import { computeClasses } from './classes.service';

@Resolver()
export class ClassesResolver {
  @Query(() => Classes, { description: 'Classes d’une carte choroplèthe (bornes + valeur et classe de chaque territoire), calculées sur le serveur.' })
  classes(
    @Ctx() ctx: ApiContext,
    @Arg('indicateur', () => IndicateurCarte) indicateur: IndicateurCarte,
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans?: TerritoireRef | null,
    @Arg('methode', () => MethodeClassification, { defaultValue: MethodeClassification.JENKS }) methode = MethodeClassification.JENKS,
    @Arg('nombre', () => Int, { defaultValue: 5 }) nombre = 5,
    @Arg('statutsPoles', () => [StatutPole], { nullable: true, description: `Pour PART_POPULATION_COUVERTE. ${STATUTS_POLES_DESCRIPTION}` })
    statutsPoles?: StatutPole[] | null,
  ): Promise<Classes> {
    return computeClasses(ctx.db, indicateur, niveau, dans, methode, nombre, statutsPoles);
  }
}
