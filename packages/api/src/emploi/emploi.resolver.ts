import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { ChampEss, DenominateurEmploi } from './emploi-ess.enums';
import { DERNIER_DESCRIPTION } from './emploi-dernier.arg';
import { EmploiEss } from './emploi-ess.entity';
import { listEmplois } from './emploi.service';

@Resolver()
export class EmploiResolver {
  @Query(() => [EmploiEss], {
    description:
      "Chiffres de l'emploi ESS, chacun avec sa source. Plusieurs chiffres d'un même territoire et d'une même année coexistent : filtrez par `denominateur` pour comparer ce qui est comparable.",
  })
  emploisEss(
    @Ctx() ctx: ApiContext,
    @Arg('niveau', () => NiveauTerritorial, { nullable: true }) niveau?: NiveauTerritorial | null,
    @Arg('dans', () => TerritoireRef, { nullable: true, description: 'Le territoire lui-même et ses membres.' })
    dans?: TerritoireRef | null,
    @Arg('annee', () => Int, { nullable: true }) annee?: number | null,
    @Arg('denominateur', () => DenominateurEmploi, { nullable: true }) denominateur?: DenominateurEmploi | null,
    @Arg('champ', () => ChampEss, { nullable: true }) champ?: ChampEss | null,
    @Arg('dernier', () => Boolean, { defaultValue: false, description: DERNIER_DESCRIPTION }) dernier = false,
  ): Promise<EmploiEss[]> {
    return listEmplois(ctx.db, { niveau, dans, annee, denominateur, champ, dernier });
  }
}
