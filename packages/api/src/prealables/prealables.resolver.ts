import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { STATUTS_POLES_DESCRIPTION } from '../couverture/statuts-poles.arg';
import { normalizeStatuts } from '../couverture/statuts-poles';
import { StatutPole } from '../poles/pole.enums';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { Territoire } from '../territoires/territoire.entity';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { evaluerSoutienIn } from './evaluer-soutien.service';
import { listPrealables, listPrealablesDe } from './prealables.service';
import { PrealablesTerritoire } from './prealables.type';
import { SoutienCollectivites } from './soutien-collectivites.enums';

// Territoire.prealables, batched by counted statuses: one statement per list of statuses asked.
function prealablesLoader(ctx: ApiContext, statuts: StatutPole[]): DataLoader<TerritoireRef, PrealablesTerritoire | null, string> {
  return ctx.loaders.get(`prealables.${statuts.join(',')}`, () => new DataLoader<TerritoireRef, PrealablesTerritoire | null, string>(
    async (refs) => {
      const rows = await listPrealablesDe(ctx.db, refs, statuts);
      return refs.map((r) => rows.find((p) => p.niveau === r.niveau && p.code === r.code) ?? null);
    },
    { cacheKeyFn: (r) => `${r.niveau}:${r.code}` },
  ));
}

@Resolver()
export class PrealablesResolver {
  @Query(() => [PrealablesTerritoire], {
    description: "Les deux préalables de l'étude à la mise en place d'un pôle, pour chaque territoire d'un niveau (par ex. les 21 Pays de la région 53).",
  })
  prealables(
    @Ctx() ctx: ApiContext,
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans?: TerritoireRef | null,
    @Arg('statutsPoles', () => [StatutPole], { nullable: true, description: STATUTS_POLES_DESCRIPTION }) statutsPoles?: StatutPole[] | null,
  ): Promise<PrealablesTerritoire[]> {
    return listPrealables(ctx.db, niveau, dans, statutsPoles);
  }

  @Authorized('editeur')
  @Mutation(() => PrealablesTerritoire, {
    description: "Enregistre l'évaluation du soutien des collectivités locales d'un territoire (source obligatoire pour OUI et NON) ; `version` est celle lue, null s'il n'y en avait pas (CONFLICT sinon).",
  })
  async evaluerSoutienCollectivites(
    @Ctx() ctx: ApiContext,
    @Arg('territoire', () => TerritoireRef) territoire: TerritoireRef,
    @Arg('valeur', () => SoutienCollectivites) valeur: SoutienCollectivites,
    @Arg('source', () => String, { nullable: true }) source: string | null,
    @Arg('texte', () => String, { nullable: true }) texte: string | null,
    @Arg('dateEvaluation', () => String, { nullable: true, description: 'AAAA-MM-JJ.' }) dateEvaluation: string | null,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
  ): Promise<PrealablesTerritoire> {
    const donnees = { territoire: { niveau: territoire.niveau, code: territoire.code }, valeur, source: source ?? null, texte: texte ?? null, dateEvaluation: dateEvaluation ?? null, version: version ?? null };
    await ctx.db.transaction((tx) => evaluerSoutienIn(tx, donnees, ctx.viewer));
    const [apres] = await listPrealablesDe(ctx.db, [donnees.territoire], normalizeStatuts(null));
    return apres!;
  }
}

@Resolver(() => Territoire)
export class TerritoirePrealablesResolver {
  @FieldResolver(() => PrealablesTerritoire, { description: "Les deux préalables de l'étude à la mise en place d'un pôle pour ce territoire." })
  async prealables(
    @Root() territoire: Territoire,
    @Ctx() ctx: ApiContext,
    @Arg('statutsPoles', () => [StatutPole], { nullable: true, description: STATUTS_POLES_DESCRIPTION }) statutsPoles?: StatutPole[] | null,
  ): Promise<PrealablesTerritoire> {
    const statuts = normalizeStatuts(statutsPoles);
    const prealables = await prealablesLoader(ctx, statuts).load({ niveau: territoire.niveau, code: territoire.code });
    return prealables!;
  }
}
