import DataLoader from 'dataloader';
import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { ApiContext } from '../context';
import { requireEditeur } from '../auth/require-role';
import { Pole } from './pole.type';

@ObjectType({ simpleResolvers: true, description: "Une écriture sur un pôle : qui (nom du jeton), quoi (valeurs avant / après), quand." })
export class ModificationPole {
  @Field(() => String, { description: 'CREATION, MODIFICATION, SUPPRESSION, RESTAURATION ou IMPORT.' })
  action: string;

  @Field(() => String, { nullable: true })
  auteur: string | null;

  @Field(() => Date)
  le: Date;

  @Field(() => GraphQLJSONObject, { description: 'Champ → { avant, apres }.' })
  changements: Record<string, unknown>;
}

function historiqueLoader(ctx: ApiContext): DataLoader<string, ModificationPole[]> {
  return ctx.loaders.get('poles.historique', () => new DataLoader<string, ModificationPole[]>(async (ids) => {
    const rows = (await ctx.dataSource.query(
      `SELECT pole_id, action, auteur, le, changements FROM pole_audit WHERE pole_id = ANY($1::uuid[]) ORDER BY le, id`,
      [ids],
    )) as (ModificationPole & { pole_id: string })[];
    return ids.map((id) => rows.filter((r) => r.pole_id === id).map(({ pole_id: _id, ...row }) => row));
  }));
}

@Resolver(() => Pole)
export class PoleHistoriqueResolver {
  @FieldResolver(() => [ModificationPole], { description: 'Historique des écritures (éditeurs seulement).' })
  historique(@Root() pole: Pole, @Ctx() ctx: ApiContext): Promise<ModificationPole[]> {
    requireEditeur(ctx.viewer);
    return historiqueLoader(ctx).load(pole.id);
  }
}
