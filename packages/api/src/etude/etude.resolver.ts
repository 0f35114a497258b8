import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { Pole } from '../poles/pole.entity';
import { territoireLoader } from '../territoires/territoire.loader';
import { territoireKey } from '../territoires/territoire-select.sql';
import { Territoire } from '../territoires/territoire.entity';
import { getEtudeReference } from './etude-reference';
import { EtudeReference } from './etude-reference.type';
import { ProjetEtude } from './projet-etude.type';
import { listProjetsEtude } from './projets-etude';
import { polesCorrespondantsLoader } from './projets-correspondance.loader';

@Resolver()
export class EtudeResolver {
  @Query(() => EtudeReference, { description: "Le texte de référence de l'étude fondatrice (vers 2010), cité tel quel." })
  etude(): EtudeReference {
    return getEtudeReference();
  }

  @Query(() => [ProjetEtude], { description: "Les projets de pôles que l'étude annonce, avec les pôles qui leur correspondent aujourd'hui." })
  projetsEtude(): ProjetEtude[] {
    return listProjetsEtude();
  }
}

@Resolver(() => ProjetEtude)
export class ProjetEtudeResolver {
  @FieldResolver(() => Territoire, { nullable: true, description: 'Le territoire où l’étude place le projet (null s’il manque au référentiel).' })
  territoire(@Root() projet: ProjetEtude, @Ctx() ctx: ApiContext): Promise<Territoire | null> {
    return territoireLoader(ctx).load(territoireKey(projet));
  }

  @FieldResolver(() => [Pole], { description: 'Les pôles existants qui correspondent au projet, selon methodeCorrespondance.' })
  polesCorrespondants(@Root() projet: ProjetEtude, @Ctx() ctx: ApiContext): Promise<Pole[]> {
    return polesCorrespondantsLoader(ctx).load(projet);
  }
}
