import { Arg, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { Bbox, FiltrePoles } from '../poles/poles.args';
import { StatutPole } from '../poles/pole.enums';
import { CoucheDensite, Densite, GrilleDensite, InfoCouche } from './densite.type';
import { computeDensite, listCouchesPoints } from './densite.service';
import { Classes, IndicateurCarte, MethodeClassification } from './classes.type';
import { computeClasses } from './classes.service';
import { ComparaisonTerritoire, IndicateurComparaison } from './comparer.type';
import { compareTerritoires } from './comparer.service';
import { CouvertureTerritoire } from './couverture.type';
import { computeCouverture } from './couverture.service';
import { DimensionRepartition, MesureRepartition, Repartition } from './repartition.type';
import { computeRepartition } from './repartition.service';
import { NiveauTerritorial, TerritoireRef } from './territoire-graphql';

const STATUTS_DESCRIPTION =
  'Statuts de pôles comptés comme présents pour les distances, l’association de développement active et la population couverte ; [ACTIF] par défaut. [ACTIF, INCONNU] donne la borne haute quand le statut des fiches n’est pas connu.';

@Resolver()
export class AnalysesResolver {
  @Query(() => [CouvertureTerritoire], {
    description:
      'La couverture de chaque territoire d’un niveau (par ex. les Pays de la région 53) par les pôles : pôles situés, pôles couvrants, distances, population couverte, emploi ESS. Calculée en une requête SQL.',
  })
  couverture(
    @Ctx() ctx: ApiContext,
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans?: TerritoireRef | null,
    @Arg('rayonKm', () => Float, { defaultValue: 20, description: 'Rayon de la population couverte, en km.' }) rayonKm = 20,
    @Arg('statutsPoles', () => [StatutPole], { nullable: true, description: STATUTS_DESCRIPTION }) statutsPoles?: StatutPole[] | null,
  ): Promise<CouvertureTerritoire[]> {
    return computeCouverture(ctx.dataSource, niveau, dans, rayonKm, statutsPoles);
  }

  @Query(() => Repartition, { description: 'Répartitions pour graphiques : pôles par territoire, type, statut, année de création ; emploi ESS par famille ou par année.' })
  repartition(
    @Ctx() ctx: ApiContext,
    @Arg('mesure', () => MesureRepartition) mesure: MesureRepartition,
    @Arg('par', () => DimensionRepartition) par: DimensionRepartition,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans?: TerritoireRef | null,
    @Arg('filtre', () => FiltrePoles, { nullable: true }) filtre?: FiltrePoles | null,
  ): Promise<Repartition> {
    return computeRepartition(ctx.dataSource, mesure, par, dans, filtre);
  }

  @Query(() => [ComparaisonTerritoire], { description: '2 à 6 territoires côte à côte, englobants aux niveaux `parents` compris (un Pays face à sa région et à la France), chaque valeur avec sa source et son année.' })
  comparer(
    @Ctx() ctx: ApiContext,
    @Arg('territoires', () => [TerritoireRef]) territoires: TerritoireRef[],
    @Arg('indicateurs', () => [IndicateurComparaison], { nullable: true, description: 'Tous par défaut.' })
    indicateurs?: IndicateurComparaison[] | null,
    @Arg('parents', () => [NiveauTerritorial], { nullable: true, description: 'Ajoute les territoires englobants de ces niveaux (par ex. [REGION, FRANCE]).' })
    parents?: NiveauTerritorial[] | null,
    @Arg('rayonKm', () => Float, { defaultValue: 20 }) rayonKm = 20,
    @Arg('statutsPoles', () => [StatutPole], { nullable: true, description: STATUTS_DESCRIPTION }) statutsPoles?: StatutPole[] | null,
  ): Promise<ComparaisonTerritoire[]> {
    return compareTerritoires(ctx.dataSource, territoires, indicateurs ?? Object.values(IndicateurComparaison), parents ?? [], rayonKm, statutsPoles);
  }

  @Query(() => Classes, { description: 'Classes d’une carte choroplèthe (bornes + valeur et classe de chaque territoire), calculées sur le serveur.' })
  classes(
    @Ctx() ctx: ApiContext,
    @Arg('indicateur', () => IndicateurCarte) indicateur: IndicateurCarte,
    @Arg('niveau', () => NiveauTerritorial) niveau: NiveauTerritorial,
    @Arg('dans', () => TerritoireRef, { nullable: true }) dans?: TerritoireRef | null,
    @Arg('methode', () => MethodeClassification, { defaultValue: MethodeClassification.JENKS }) methode = MethodeClassification.JENKS,
    @Arg('nombre', () => Int, { defaultValue: 5 }) nombre = 5,
    @Arg('statutsPoles', () => [StatutPole], { nullable: true, description: `Pour PART_POPULATION_COUVERTE. ${STATUTS_DESCRIPTION}` })
    statutsPoles?: StatutPole[] | null,
  ): Promise<Classes> {
    return computeClasses(ctx.dataSource, indicateur, niveau, dans, methode, nombre, statutsPoles);
  }

  @Query(() => Densite, {
    description:
      'Densité d’une couche de points sur une grille (hexagones ou carrés en Lambert-93) ou par territoire, avec nombres et poids, pour deck.gl. Une couche synthétique le dit (`couche.synthetique`).',
  })
  densite(
    @Ctx() ctx: ApiContext,
    @Arg('couche', () => CoucheDensite) couche: CoucheDensite,
    @Arg('nomCouche', () => String, { nullable: true, description: 'Pour POINTS : le nom donné à `pnpm import:points --couche`.' }) nomCouche?: string | null,
    @Arg('grille', () => GrilleDensite, { defaultValue: GrilleDensite.HEXAGONE }) grille = GrilleDensite.HEXAGONE,
    @Arg('dans', () => TerritoireRef, { nullable: true, description: 'Seulement les points situés dans ce territoire.' }) dans?: TerritoireRef | null,
    @Arg('bbox', () => Bbox, { nullable: true }) bbox?: Bbox | null,
    @Arg('taille', () => Float, { defaultValue: 10, description: 'Taille des cellules en km (arête de l’hexagone, côté du carré).' }) taille = 10,
    @Arg('niveau', () => NiveauTerritorial, { nullable: true, description: 'Pour la grille TERRITOIRE.' }) niveau?: NiveauTerritorial | null,
    @Arg('avecPolygones', () => Boolean, { defaultValue: false, description: 'Ajoute le polygone GeoJSON de chaque cellule.' }) avecPolygones = false,
  ): Promise<Densite> {
    return computeDensite(ctx.dataSource, { couche, nomCouche, grille, dans, bbox, tailleKm: taille, niveau, avecPolygones });
  }

  @Query(() => [InfoCouche], { description: 'Les couches de points importées (`pnpm import:points`), avec leur source ; les synthétiques le disent.' })
  couchesPoints(@Ctx() ctx: ApiContext): Promise<InfoCouche[]> {
    return listCouchesPoints(ctx.dataSource);
  }
}
