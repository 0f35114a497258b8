import { Field, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../common/graphql-enum';
import { BACKENDS, type Backend } from '../database/database';

export const BackendBase = graphqlEnum(BACKENDS, 'BackendBase', 'Base de données utilisée : PGlite embarqué ou serveur PostgreSQL.');

@ObjectType({ simpleResolvers: true, description: "État de santé de l'API et de sa base." })
export class Sante {
  @Field(() => String, { description: '« ok » quand la base répond.' })
  statut: string;

  @Field(() => BackendBase)
  backend: Backend;

  @Field(() => String)
  versionPostgres: string;

  @Field(() => String, { nullable: true, description: 'Version de PostGIS, null si absente.' })
  versionPostgis: string | null;

  @Field(() => [String], { description: 'Migrations appliquées, dans l’ordre.' })
  migrationsAppliquees: string[];

  @Field(() => Int, { description: 'Migrations connues du code mais pas encore appliquées.' })
  migrationsEnAttente: number;
}
