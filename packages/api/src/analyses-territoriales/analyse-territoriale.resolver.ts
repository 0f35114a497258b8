import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { Territoire } from '../territoires/territoire.entity';
import { territoireLoader } from '../territoires/territoire.loader';
import { territoireKey } from '../territoires/territoire-select.sql';
import { historiqueAnalyseLoader } from './analyse.loader';
import { listAnalysesSql } from './analyse-select.sql';
import { AnalyseTerritoriale } from './analyse-territoriale.entity';
import { readAnalyse } from './analyse-write.service';
import { FocusTerritoire } from './focus-territoire.type';
import { ModificationAnalyse } from './modification-analyse.type';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver(() => AnalyseTerritoriale)
export class AnalyseTerritorialeResolver {
  @Query(() => [AnalyseTerritoriale], {
    description: "Les notes d'analyse territoriale ; avec `dans`, celles qui concernent ce territoire (le sien, un territoire qui le contient ou qu'il contient, ou un territoire de leur focus).",
  })
  analysesTerritoriales(
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans: TerritoireRef | null,
    @Ctx() ctx: ApiContext,
  ): Promise<AnalyseTerritoriale[]> {
    return ctx.db.query<AnalyseTerritoriale>(listAnalysesSql(dans));
  }

  @Query(() => AnalyseTerritoriale, { nullable: true, description: 'Une note par son identifiant (null si elle n’existe pas ou a été supprimée).' })
  async analyseTerritoriale(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<AnalyseTerritoriale | null> {
    if (!UUID.test(id)) return null;
    const analyse = await readAnalyse(ctx.db, id);
    return analyse && !analyse.supprimeLe ? analyse : null;
  }

  @FieldResolver(() => Territoire, { nullable: true, description: 'Le territoire analysé (null s’il manque au référentiel).' })
  territoire(@Root() analyse: AnalyseTerritoriale, @Ctx() ctx: ApiContext): Promise<Territoire | null> {
    return territoireLoader(ctx).load(territoireKey(analyse));
  }

  @Authorized('editeur')
  @FieldResolver(() => [ModificationAnalyse], { description: 'Historique des écritures (éditeurs seulement).' })
  historique(@Root() analyse: AnalyseTerritoriale, @Ctx() ctx: ApiContext): Promise<ModificationAnalyse[]> {
    return historiqueAnalyseLoader(ctx).load(analyse.id);
  }
}

@Resolver(() => FocusTerritoire)
export class FocusTerritoireResolver {
  @FieldResolver(() => Territoire, { nullable: true })
  territoire(@Root() focus: FocusTerritoire, @Ctx() ctx: ApiContext): Promise<Territoire | null> {
    return territoireLoader(ctx).load(territoireKey(focus));
  }
}
