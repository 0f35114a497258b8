import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { PaginationArgs } from '../common/pagination';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { FonctionPole, StatutPole, TriPoles, TypePole } from './pole.enums';

@InputType({ description: 'Un cercle : les pôles à moins de rayonKm du point (distance sur la sphère).' })
export class AutourDe {
  @Field(() => Float)
  lon: number;

  @Field(() => Float)
  lat: number;

  @Field(() => Float)
  rayonKm: number;
}

@InputType({ description: 'Un rectangle en degrés WGS 84.' })
export class Bbox {
  @Field(() => Float)
  ouest: number;

  @Field(() => Float)
  sud: number;

  @Field(() => Float)
  est: number;

  @Field(() => Float)
  nord: number;
}

@InputType({ description: 'Filtres combinés (ET) ; dans une liste, une valeur suffit (OU).' })
export class FiltrePoles {
  @Field(() => [TypePole], { nullable: true })
  types?: TypePole[] | null;

  @Field(() => [StatutPole], { nullable: true })
  statuts?: StatutPole[] | null;

  @Field(() => [FonctionPole], { nullable: true, description: 'Pôles ayant au moins une de ces fonctions.' })
  fonctions?: FonctionPole[] | null;

  @Field(() => TerritoireRef, { nullable: true, description: 'Pôles situés dans ce territoire (tout niveau).' })
  dans?: TerritoireRef | null;

  @Field(() => String, { nullable: true, description: 'Recherche dans le nom et le territoire, sans accents ni casse.' })
  recherche?: string | null;

  @Field(() => AutourDe, { nullable: true })
  autourDe?: AutourDe | null;

  @Field(() => Bbox, { nullable: true })
  bbox?: Bbox | null;
}

@ArgsType()
export class PolesArgs extends PaginationArgs {
  @Field(() => FiltrePoles, { nullable: true })
  filtre?: FiltrePoles | null;

  @Field(() => TriPoles, { nullable: true, description: 'NOM par défaut.' })
  tri?: TriPoles | null;
}
