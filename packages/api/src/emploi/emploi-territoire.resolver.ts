import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Territoire } from '../territoires/territoire.entity';
import { ChampEss, DenominateurEmploi } from './emploi-ess.enums';
import { DERNIER_DESCRIPTION } from './emploi-dernier.arg';
import { EmploiEss } from './emploi-ess.entity';
import { EmploiEssFiche } from './emploi-ess-fiche.type';
import { buildEmploiFiche } from './emploi-fiche';
import { emploiFicheLoader, emploisLoader } from './emploi.loader';

@Resolver(() => Territoire)
export class EmploiTerritoireResolver {
  @FieldResolver(() => [EmploiEss], {
    description: "Les chiffres de l'emploi ESS de ce territoire, par année, chacun avec sa source (jamais fusionnés).",
  })
  emploisEss(
    @Root() territoire: Territoire,
    @Ctx() ctx: ApiContext,
    @Arg('annee', () => Int, { nullable: true }) annee?: number | null,
    @Arg('denominateur', () => DenominateurEmploi, { nullable: true }) denominateur?: DenominateurEmploi | null,
    @Arg('champ', () => ChampEss, { nullable: true }) champ?: ChampEss | null,
    @Arg('dernier', () => Boolean, { defaultValue: false, description: DERNIER_DESCRIPTION }) dernier = false,
  ): Promise<EmploiEss[]> {
    return emploisLoader(ctx, { annee, denominateur, champ, dernier }).load(territoire);
  }

  @FieldResolver(() => EmploiEssFiche, {
    nullable: true,
    description:
      "Le chiffre le plus récent, phrasé comme la fiche de l'étude (« N emplois dans l'économie sociale et solidaire, soit X % des effectifs salariés … »), avec sa source ; null si aucun chiffre.",
  })
  async emploiEssFiche(@Root() territoire: Territoire, @Ctx() ctx: ApiContext): Promise<EmploiEssFiche | null> {
    const emploi = await emploiFicheLoader(ctx).load(territoire);
    return emploi ? buildEmploiFiche(emploi) : null;
  }
}
