import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { badUserInput } from '../common/api-error';
import { PaginationArgs, readPage } from '../common/pagination';
import { getCarteTerritoires } from './carte-territoires.service';
import { readDateComposition } from './composition-datee.sql';
import { NiveauTerritorial, PrecisionGeometrie } from './territoire.enums';
import { territoireLoader } from './territoire.loader';
import { territoireKey } from './territoire-select.sql';
import { listTerritoires } from './territoire.service';
import { Territoire } from './territoire.entity';
import { TerritoireConnection } from './territoire-connection.type';
import { TerritoireRef } from './territoire-ref.input';

@Resolver()
export class TerritoireResolver {
  @Query(() => Territoire, { nullable: true, description: 'Un territoire par niveau et code (null si inconnu).' })
  territoire(
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Arg('code', () => String) code: string,
    @Ctx() ctx: ApiContext,
  ): Promise<Territoire | null> {
    return territoireLoader(ctx).load(territoireKey({ niveau, code: code.trim() }));
  }

  @Query(() => TerritoireConnection, {
    description: 'Territoires d’un niveau, éventuellement membres actuels d’un territoire (`dans`) et filtrés par nom sans accents ni casse (`recherche`), triés par nom.',
  })
  territoires(
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans: TerritoireRef | null,
    @Arg('recherche', () => String, { nullable: true }) recherche: string | null,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<TerritoireConnection> {
    return listTerritoires(ctx.db, { niveau, dans, recherche, page: readPage(pagination) });
  }

  @Query(() => GeoJSONScalar, {
    description: 'Une couche de carte : FeatureCollection des territoires d’un niveau (propriétés code, nom, geometrieSource, population).',
  })
  carteTerritoires(
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans: TerritoireRef | null,
    @Arg('precision', () => PrecisionGeometrie, { nullable: true, defaultValue: 'MOYENNE' })
    precision: PrecisionGeometrie | null,
    @Arg('date', () => String, {
      nullable: true,
      description: 'AAAA-MM-JJ ; absente = aujourd’hui. Un territoire à composition datée (Pays) prend le contour et la population de sa composition à cette date.',
    })
    date: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<string> {
    if (precision === null) throw badUserInput('precision', 'precision ne peut pas être null : BASSE, MOYENNE ou COMPLETE (MOYENNE si absente).');
    return getCarteTerritoires(ctx.db, niveau, dans, precision, readDateComposition(date));
  }
}
