import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { ChiffreEtude } from './chiffre-etude.type';
import { listChiffresEtude } from './etude-chiffres';
import { exportPoles } from './export-poles';
import { getPole, getPoleWithTerritoires } from './get-pole';
import { asksPoleTerritoires } from './pole-fields';
import { listPoles } from './list-poles';
import { FormatExport, TriPoles } from './pole.enums';
import { PoleConnection } from './pole-connection.type';
import { Pole } from './pole.entity';
import { FiltrePoles, PolesArgs } from './poles.args';
import { checkTerritoireConnu } from './check-territoire-connu';

@Resolver(() => Pole)
export class PoleResolver {
  @Query(() => Pole, { nullable: true, description: 'Un pôle par son identifiant (null si inconnu ou supprimé).' })
  pole(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext, @Info() info: GraphQLResolveInfo): Promise<Pole | null> {
    const withDeleted = ctx.viewer.role !== 'lecteur';
    return asksPoleTerritoires(info) ? getPoleWithTerritoires(ctx, id, withDeleted) : getPole(ctx.db, id, withDeleted);
  }

  @Query(() => PoleConnection, { description: 'Les pôles, filtrés, triés et paginés (100 au plus par page).' })
  async poles(@Args(() => PolesArgs) args: PolesArgs, @Ctx() ctx: ApiContext): Promise<PoleConnection> {
    if (args.filtre?.autourDe?.territoire) await checkTerritoireConnu(ctx.db, args.filtre.autourDe.territoire);
    return listPoles(ctx.db, args);
  }

  @Query(() => [ChiffreEtude], { description: "Les chiffres agrégés de l'étude fondatrice (63 pôles + 12 projets, 39 fiches…)." })
  chiffresEtude(): ChiffreEtude[] {
    return listChiffresEtude();
  }

  @Query(() => String, {
    description: 'Export de la liste filtrée : CSV (UTF-8 avec BOM, « ; », colonnes de l’import) ou GeoJSON (FeatureCollection).',
  })
  exportPoles(
    @Arg('format', () => FormatExport) format: FormatExport,
    @Arg('filtre', () => FiltrePoles, { nullable: true }) filtre: FiltrePoles | null,
    @Arg('tri', () => TriPoles, { nullable: true }) tri: TriPoles | null,
    @Ctx() ctx: ApiContext,
  ): Promise<string> {
    return exportPoles(ctx.db, format, filtre, tri);
  }
}
