import DataLoader from 'dataloader';
import { Authorized, Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { ApiContext } from '../context';
import { sql } from '../common/sql';
import { Pole } from './pole.entity';

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
    const rows = await ctx.db.query<ModificationPole & { poleId: string }>(
      sql`SELECT pole_id AS "poleId", action, auteur, le, changements FROM pole_audit WHERE pole_id = ANY(${ids}::uuid[]) ORDER BY le, id`,
    );
    return ids.map((id) => rows.filter((r) => r.poleId === id).map(({ poleId: _id, ...row }) => row));
  }));
}

@Resolver(() => Pole)
export class PoleHistoriqueResolver {
  @Authorized('editeur')
  @FieldResolver(() => [ModificationPole], { description: 'Historique des écritures (éditeurs seulement).' })
  historique(@Root() pole: Pole, @Ctx() ctx: ApiContext): Promise<ModificationPole[]> {
    return historiqueLoader(ctx).load(pole.id);
  }
}
