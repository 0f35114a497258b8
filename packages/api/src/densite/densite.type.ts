import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GeoJSONScalar } from '../common/geojson.scalar';
import { graphqlEnum } from '../common/graphql-enum';

export const CoucheDensite = graphqlEnum(
  ['POLES', 'POPULATION', 'POINTS'] as const,
  'CoucheDensite',
  'POLES : pôles non supprimés localisés (poids 1) ; POPULATION : communes au centre, pondérées par leur population ; POINTS : une couche importée (`nomCouche`, par `pnpm import:points`).',
);
export type CoucheDensite = keyof typeof CoucheDensite;

export const GrilleDensite = graphqlEnum(
  ['HEXAGONE', 'CARRE', 'TERRITOIRE'] as const,
  'GrilleDensite',
  'Hexagones ou carrés en Lambert-93 (mêmes cellules que ST_HexagonGrid / ST_SquareGrid), ou territoires d’un niveau.',
);
export type GrilleDensite = keyof typeof GrilleDensite;

@ObjectType({ simpleResolvers: true, description: 'Une cellule non vide.' })
export class CelluleDensite {
  @Field(() => String, { description: 'i:j de la grille (ou code du territoire).' })
  cle: string;

  @Field(() => Float)
  lon: number;

  @Field(() => Float)
  lat: number;

  @Field(() => Int)
  nombre: number;

  @Field(() => Float, { description: 'Somme des poids (population pour POPULATION, 1 par pôle pour POLES).' })
  poids: number;

  @Field(() => GeoJSONScalar, { nullable: true, description: 'Le polygone de la cellule (WGS 84), si `avecPolygones`.' })
  polygone: unknown;
}

@ObjectType({ simpleResolvers: true, description: 'La couche agrégée : son nom, sa source, et si elle est synthétique.' })
export class InfoCouche {
  @Field(() => String)
  nom: string;

  @Field(() => String)
  source: string;

  @Field(() => Boolean, { description: 'Vrai pour une couche de points synthétiques (à signaler partout où elle est montrée).' })
  synthetique: boolean;

  @Field(() => Int, { nullable: true, description: 'Nombre de points (couches importées).' })
  nombrePoints?: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Une densité de points agrégée sur une grille ou par territoire, pour deck.gl.' })
export class Densite {
  @Field(() => InfoCouche)
  couche: InfoCouche;

  @Field(() => GrilleDensite)
  grille: GrilleDensite;

  @Field(() => Float, { nullable: true, description: 'Taille des cellules en km (arête de l’hexagone, côté du carré).' })
  tailleKm: number | null;

  @Field(() => [CelluleDensite])
  cellules: CelluleDensite[];

  @Field(() => Int)
  totalNombre: number;

  @Field(() => Float)
  totalPoids: number;

  @Field(() => String, { description: 'Comment les cellules sont calculées (et la source des points).' })
  methode: string;
}
