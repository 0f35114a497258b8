import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { parseAnalyseDonnees } from './analyse-donnees.schema';
import { analyseErreur } from './analyse.errors';
import { AnalyseTerritoriale } from './analyse-territoriale.entity';
import { createAnalyseIn, deleteAnalyseIn, readAnalyse, updateAnalyseIn } from './analyse-write.service';
import { DonneesAnalyseInput } from './donnees-analyse.input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function checkId(id: string): void {
  if (!UUID.test(id)) throw analyseErreur({ raison: 'ANALYSE_INTROUVABLE', id });
}

const plain = (donnees: DonneesAnalyseInput): unknown => JSON.parse(JSON.stringify(donnees));

// Every write runs in one transaction: a failed check writes nothing.
@Resolver(() => AnalyseTerritoriale)
export class AnalyseMutationResolver {
  @Authorized('editeur')
  @Mutation(() => AnalyseTerritoriale, { description: "Crée une note d'analyse territoriale (un éditeur régional seulement dans sa région)." })
  async creerAnalyseTerritoriale(
    @Arg('donnees', () => DonneesAnalyseInput) donnees: DonneesAnalyseInput,
    @Ctx() ctx: ApiContext,
  ): Promise<AnalyseTerritoriale> {
    const parsed = parseAnalyseDonnees(plain(donnees), true);
    const id = await ctx.db.transaction((tx) => createAnalyseIn(tx, parsed, ctx.viewer));
    return (await readAnalyse(ctx.db, id))!;
  }

  @Authorized('editeur')
  @Mutation(() => AnalyseTerritoriale, { description: 'Modifie une note ; `version` est celle lue (CONFLICT si elle a changé entre-temps).' })
  async modifierAnalyseTerritoriale(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('donnees', () => DonneesAnalyseInput) donnees: DonneesAnalyseInput,
    @Ctx() ctx: ApiContext,
  ): Promise<AnalyseTerritoriale> {
    checkId(id);
    const parsed = parseAnalyseDonnees(plain(donnees), false);
    await ctx.db.transaction((tx) => updateAnalyseIn(tx, id, version, parsed, ctx.viewer));
    return (await readAnalyse(ctx.db, id))!;
  }

  @Authorized('editeur')
  @Mutation(() => ID, { description: "Supprime une note (l'historique est gardé) ; renvoie son identifiant." })
  async supprimerAnalyseTerritoriale(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: ApiContext,
  ): Promise<string> {
    checkId(id);
    await ctx.db.transaction((tx) => deleteAnalyseIn(tx, id, version, ctx.viewer));
    return id;
  }
}
