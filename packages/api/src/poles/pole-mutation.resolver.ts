import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { notFound } from '../common/api-error';
import type { ApiContext } from '../context';
import { requireEditeur } from '../auth/require-role';
import { DonneesPoleInput } from './donnees-pole.input';
import { getPole, isUuid } from './get-pole';
import { parsePoleDonnees } from './pole-donnees.schema';
import { createPoleIn, setPoleSupprime, updatePoleIn } from './pole-write.service';
import { Pole } from './pole.type';

// GraphQL input → the plain shape validated by zod (sources as a map field → source).
function toPlain(donnees: DonneesPoleInput): Record<string, unknown> {
  const { sources, ...rest } = JSON.parse(JSON.stringify(donnees)) as Record<string, unknown> & {
    sources?: { champ: string; source: string }[] | null;
  };
  return sources ? { ...rest, sources: Object.fromEntries(sources.map((s) => [s.champ, s.source])) } : rest;
}

function checkId(id: string): void {
  if (!isUuid(id)) throw notFound(`Pôle introuvable : ${id}.`);
}

async function reload(ctx: ApiContext, id: string): Promise<Pole> {
  const pole = await getPole(ctx.dataSource, id, true);
  if (!pole) throw notFound(`Pôle introuvable : ${id}.`);
  return pole;
}

// Every write runs in one transaction: a failed check writes nothing.
@Resolver(() => Pole)
export class PoleMutationResolver {
  @Mutation(() => Pole, { description: 'Crée un pôle (éditeur ; un éditeur régional seulement dans sa région).' })
  async creerPole(@Arg('donnees', () => DonneesPoleInput) donnees: DonneesPoleInput, @Ctx() ctx: ApiContext): Promise<Pole> {
    requireEditeur(ctx.viewer);
    const parsed = parsePoleDonnees(toPlain(donnees), true);
    const id = await ctx.dataSource.transaction((manager) => createPoleIn(manager, parsed, { viewer: ctx.viewer }));
    return reload(ctx, id);
  }

  @Mutation(() => Pole, { description: 'Modifie un pôle ; `version` est celle lue (CONFLICT si elle a changé entre-temps).' })
  async modifierPole(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('donnees', () => DonneesPoleInput) donnees: DonneesPoleInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Pole> {
    requireEditeur(ctx.viewer);
    checkId(id);
    const parsed = parsePoleDonnees(toPlain(donnees), false);
    await ctx.dataSource.transaction((manager) => updatePoleIn(manager, id, version, parsed, { viewer: ctx.viewer }));
    return reload(ctx, id);
  }

  @Mutation(() => Pole, { description: 'Supprime un pôle (masqué, restaurable).' })
  async supprimerPole(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Pole> {
    requireEditeur(ctx.viewer);
    checkId(id);
    await ctx.dataSource.transaction((manager) => setPoleSupprime(manager, id, true, version ?? null, ctx.viewer));
    return reload(ctx, id);
  }

  @Mutation(() => Pole, { description: 'Restaure un pôle supprimé.' })
  async restaurerPole(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Pole> {
    requireEditeur(ctx.viewer);
    checkId(id);
    await ctx.dataSource.transaction((manager) => setPoleSupprime(manager, id, false, null, ctx.viewer));
    return reload(ctx, id);
  }
}
