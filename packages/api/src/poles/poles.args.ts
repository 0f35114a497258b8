import { ArgsType, Field, Float, InputType } from 'type-graphql';
import { PaginationArgs } from '../common/pagination';
import { TerritoireRef } from '../territoires/territoire-ref.input';
import { FonctionPole, StatutPole, TriPoles, TypePole } from './pole.enums';

@InputType({
  description:
    'Un cercle : les pôles à moins de rayonKm d’un point (distance sur la sphère), donné par ses coordonnées (lon, lat) ou par un territoire (son point représentatif, celui des distances de la couverture). Chaque pôle dit alors sa distance (`distanceKm`).',
})
export class AutourDe {
  @Field(() => Float, { nullable: true })
  lon?: number | null;

  @Field(() => Float, { nullable: true })
  lat?: number | null;

  @Field(() => TerritoireRef, { nullable: true, description: 'À la place de lon et lat : le point représentatif de ce territoire.' })
  territoire?: TerritoireRef | null;

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
