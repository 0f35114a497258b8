import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Territoire } from '../territoires/territoire.entity';
import { territoireKey } from '../territoires/territoire-select.sql';
import { analysesTerritoireLoader } from './analyse.loader';
import { AnalyseTerritoriale } from './analyse-territoriale.entity';

@Resolver(() => Territoire)
export class TerritoireAnalysesResolver {
  @FieldResolver(() => [AnalyseTerritoriale], {
    description: "Les notes d'analyse qui concernent ce territoire (la sienne, celle d'un territoire qui le contient ou qu'il contient, ou dont il est un focus).",
  })
  analyses(@Root() territoire: Territoire, @Ctx() ctx: ApiContext): Promise<AnalyseTerritoriale[]> {
    return analysesTerritoireLoader(ctx).load(territoireKey(territoire));
  }
}
