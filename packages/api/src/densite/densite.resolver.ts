import { Arg, Ctx, Float, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { Bbox } from '../poles/poles.args';
import { NiveauTerritorial } from '../territoires/territoire.enums';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { CoucheDensite, Densite, GrilleDensite, InfoCouche } from './densite.type';
import { computeDensite, listCouchesPoints, TAILLES_EN_CACHE_KM } from './densite.service';

@Resolver()
export class DensiteResolver {
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
    @Arg('taille', () => Float, {
      defaultValue: 10,
      description: `Taille des cellules en km (arête de l’hexagone, côté du carré) ; ${TAILLES_EN_CACHE_KM.join(', ')} km répondent plus vite (cellules gardées en cache).`,
    })
    taille = 10,
    @Arg('niveau', () => NiveauTerritorial, { nullable: true, description: 'Pour la grille TERRITOIRE.' }) niveau?: NiveauTerritorial | null,
    @Arg('avecPolygones', () => Boolean, { defaultValue: false, description: 'Ajoute le polygone GeoJSON de chaque cellule.' }) avecPolygones = false,
  ): Promise<Densite> {
    return computeDensite(ctx.db, { couche, nomCouche, grille, dans, bbox, tailleKm: taille, niveau, avecPolygones });
  }

  @Query(() => [InfoCouche], { description: 'Les couches de points importées (`pnpm import:points`), avec leur source ; les synthétiques le disent.' })
  couchesPoints(@Ctx() ctx: ApiContext): Promise<InfoCouche[]> {
    return listCouchesPoints(ctx.db);
  }
}
