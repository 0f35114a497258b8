import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { PaginationArgs, readPage } from '../common/pagination';
import { CONTOURS_OFFICIELS, NIVEAU_RANG } from '@poles-ess/shared';
import { compositionLoader } from './composition.loader';
import { dissousLeLoader, territoireALaDateLoader } from './composition-datee.loader';
import { readDateComposition } from './composition-datee.sql';
import { CompositionTerritoire } from './composition-territoire.type';
import { NiveauTerritorial, PrecisionGeometrie } from './territoire.enums';
import { geometrieLoader, membresLoader, parentsLoader } from './territoire.loader';
import { territoireKey } from './territoire-select.sql';
import { Territoire } from './territoire.entity';
import { TerritoireConnection } from './territoire-connection.type';

function niveauxMultiples(parents: Territoire[]): NiveauTerritorial[] {
  const counts = new Map<NiveauTerritorial, number>();
  for (const p of parents) counts.set(p.niveau, (counts.get(p.niveau) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([niveau]) => niveau).sort((a, b) => NIVEAU_RANG[a] - NIVEAU_RANG[b]);
}

@Resolver(() => Territoire)
export class TerritoireFieldsResolver {
  @FieldResolver(() => Territoire, {
    nullable: true,
    description: 'Le territoire englobant de ce niveau. Si le territoire n’est pas imbriqué (plusieurs parents de ce niveau), le premier par code : voir `parents` et `imbrique`.',
  })
  async parent(
    @Root() territoire: Territoire,
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Ctx() ctx: ApiContext,
  ): Promise<Territoire | null> {
    const parents = await parentsLoader(ctx).load(territoireKey(territoire));
    return parents.find((p) => p.niveau === niveau) ?? null;
  }

  @FieldResolver(() => [Territoire], { description: 'Tous les territoires englobants actuels, du plus petit au plus grand (filtrables par niveau).' })
  async parents(
    @Root() territoire: Territoire,
    @Arg('niveau', () => NiveauTerritorial, { nullable: true }) niveau: NiveauTerritorial | null,
    @Ctx() ctx: ApiContext,
  ): Promise<Territoire[]> {
    const parents = await parentsLoader(ctx).load(territoireKey(territoire));
    return parents
      .filter((p) => !niveau || p.niveau === niveau)
      .sort((a, b) => NIVEAU_RANG[a.niveau] - NIVEAU_RANG[b.niveau] || a.code.localeCompare(b.code));
  }

  @FieldResolver(() => Boolean, {
    description: 'Faux quand le territoire déborde : plusieurs parents d’un même niveau (EPCI sur deux départements, Cap Atlantique…).',
  })
  async imbrique(@Root() territoire: Territoire, @Ctx() ctx: ApiContext): Promise<boolean> {
    return niveauxMultiples(await parentsLoader(ctx).load(territoireKey(territoire))).length === 0;
  }

  @FieldResolver(() => [NiveauTerritorial], { description: 'Les niveaux où le territoire a plusieurs parents.' })
  async niveauxNonImbriques(@Root() territoire: Territoire, @Ctx() ctx: ApiContext): Promise<NiveauTerritorial[]> {
    return niveauxMultiples(await parentsLoader(ctx).load(territoireKey(territoire)));
  }

  @FieldResolver(() => TerritoireConnection, { description: 'Membres actuels d’un niveau (communes d’un Pays, EPCI d’un département…).' })
  membres(
    @Root() territoire: Territoire,
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Args(() => PaginationArgs) pagination: PaginationArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<TerritoireConnection> {
    return membresLoader(ctx).load({ parent: territoire, niveau, page: readPage(pagination) });
  }

  @FieldResolver(() => [CompositionTerritoire], {
    description: 'Composition datée, passée comprise (par défaut les EPCI d’un Pays), avec source et confiance.',
  })
  compositions(
    @Root() territoire: Territoire,
    @Arg('niveau', () => NiveauTerritorial, { defaultValue: 'EPCI' }) niveau: NiveauTerritorial,
    @Ctx() ctx: ApiContext,
  ): Promise<CompositionTerritoire[]> {
    return compositionLoader(ctx).load(`membres|${territoireKey(territoire)}|${niveau}`);
  }

  @FieldResolver(() => [CompositionTerritoire], {
    description: 'Appartenances datées, passées comprises (par défaut les Pays d’un EPCI ou d’une commune).',
  })
  appartenances(
    @Root() territoire: Territoire,
    @Arg('niveau', () => NiveauTerritorial, { defaultValue: 'PAYS' }) niveau: NiveauTerritorial,
    @Ctx() ctx: ApiContext,
  ): Promise<CompositionTerritoire[]> {
    return compositionLoader(ctx).load(`parents|${territoireKey(territoire)}|${niveau}`);
  }

  @FieldResolver(() => GeoJSONScalar, { nullable: true, description: 'Point représentatif (GeoJSON Point), null sans géométrie.' })
  centre(@Root() territoire: Territoire, @Ctx() ctx: ApiContext): Promise<object | null> {
    return geometrieLoader(ctx).load(`${territoireKey(territoire)}|CENTRE`);
  }

  @FieldResolver(() => GeoJSONScalar, {
    nullable: true,
    description:
      'Contour (GeoJSON MultiPolygon) simplifié selon la précision ; voir geometrieSource et geometrieMillesime. Avec `date`, celui de la composition valide à cette date pour un territoire à composition datée (Pays), réunion des contours de ses communes.',
  })
  async geometrie(
    @Root() territoire: Territoire,
    @Arg('precision', () => PrecisionGeometrie, { defaultValue: 'MOYENNE' }) precision: PrecisionGeometrie,
    @Arg('date', () => String, { nullable: true, description: 'AAAA-MM-JJ ; absente = aujourd’hui.' }) date: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<object | null> {
    const jour = readDateComposition(date);
    if (!jour) return geometrieLoader(ctx).load(`${territoireKey(territoire)}|${precision}`);
    return (await territoireALaDateLoader(ctx).load(`${territoireKey(territoire)}|${jour}|${precision}`)).geometrie;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Population (millésime du découpage épinglé, voir populationSource ; null = non renseignée). Avec `date`, pour un territoire à composition datée (Pays), la somme des communes qui le composaient à cette date.',
  })
  async population(
    @Root() territoire: Territoire,
    @Arg('date', () => String, { nullable: true, description: 'AAAA-MM-JJ ; absente = aujourd’hui.' }) date: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<number | null> {
    const jour = readDateComposition(date);
    if (!jour) return territoire.population;
    return (await territoireALaDateLoader(ctx).load(`${territoireKey(territoire)}|${jour}|AUCUNE`)).population;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Texte d’attribution à afficher avec le contour (celui qu’impose la source pour les contours IGN Admin Express COG 2018, sinon la source nommée) ; null sans source.',
  })
  geometrieAttribution(@Root() territoire: Territoire): string | null {
    if (territoire.geometrieSourceNom?.startsWith(CONTOURS_OFFICIELS.nom)) return CONTOURS_OFFICIELS.attribution;
    return territoire.geometrieSourceNom;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Date (AAAA-MM-JJ) où le territoire a cessé d’exister (Pays dissous : plus aucun membre aujourd’hui) ; null s’il existe.',
  })
  dissousLe(@Root() territoire: Territoire, @Ctx() ctx: ApiContext): Promise<string | null> {
    return dissousLeLoader(ctx).load(territoireKey(territoire));
  }
}
