import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { DonneesPoleInput } from './donnees-pole.input';
import { getPole, isUuid } from './get-pole';
import { parsePoleDonnees } from './pole-donnees.schema';
import { Pole } from './pole.entity';
import { poleErreur } from './pole.errors';
import { createPoleIn, setPoleSupprime, updatePoleIn } from './pole-write.service';

// GraphQL input → the plain shape validated by zod (sources as a map field → source).
function toPlain(donnees: DonneesPoleInput): Record<string, unknown> {
  const { sources, ...rest } = JSON.parse(JSON.stringify(donnees)) as Record<string, unknown> & {
    sources?: { champ: string; source: string }[] | null;
  };
  return sources ? { ...rest, sources: Object.fromEntries(sources.map((s) => [s.champ, s.source])) } : rest;
}

function checkId(id: string): void {
  if (!isUuid(id)) throw poleErreur({ raison: 'POLE_INTROUVABLE', id });
}

async function reload(ctx: ApiContext, id: string): Promise<Pole> {
  const pole = await getPole(ctx.db, id, true);
  if (!pole) throw poleErreur({ raison: 'POLE_INTROUVABLE', id });
  return pole;
}

// Every write runs in one transaction: a failed check writes nothing. Once it has committed, what it changed in the
// coverage is recomputed in the background (DonneesDerivees).
@Resolver(() => Pole)
export class PoleMutationResolver {
  @Authorized('editeur')
  @Mutation(() => Pole, { description: 'Crée un pôle (éditeur ; un éditeur régional seulement dans sa région).' })
  async creerPole(@Arg('donnees', () => DonneesPoleInput) donnees: DonneesPoleInput, @Ctx() ctx: ApiContext): Promise<Pole> {
    const parsed = parsePoleDonnees(toPlain(donnees), true);
    const id = await ctx.db.transaction((tx) => createPoleIn(tx, parsed, { viewer: ctx.viewer, derivees: ctx.derivees }));
    return reload(ctx, id);
  }

  @Authorized('editeur')
  @Mutation(() => Pole, { description: 'Modifie un pôle ; `version` est celle lue (CONFLICT si elle a changé entre-temps).' })
  async modifierPole(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('donnees', () => DonneesPoleInput) donnees: DonneesPoleInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Pole> {
    checkId(id);
    const parsed = parsePoleDonnees(toPlain(donnees), false);
    await ctx.db.transaction((tx) => updatePoleIn(tx, id, version, parsed, { viewer: ctx.viewer, derivees: ctx.derivees }));
    return reload(ctx, id);
  }

  @Authorized('editeur')
  @Mutation(() => Pole, { description: 'Supprime un pôle (masqué, restaurable).' })
  async supprimerPole(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Pole> {
    checkId(id);
    await ctx.db.transaction((tx) => setPoleSupprime(tx, id, true, version ?? null, ctx));
    return reload(ctx, id);
  }

  @Authorized('editeur')
  @Mutation(() => Pole, { description: 'Restaure un pôle supprimé.' })
  async restaurerPole(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<Pole> {
    checkId(id);
    await ctx.db.transaction((tx) => setPoleSupprime(tx, id, false, null, ctx));
    return reload(ctx, id);
  }
}
