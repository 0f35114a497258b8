import { GEOMETRIE_SOURCES, NIVEAUX_TERRITORIAUX } from '@poles-ess/shared';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { checkIn } from '../database/check-in';
import { GeometrieSource, NiveauTerritorial } from './territoire.enums';

// A territory of the reference data: the table `territoire` and the GraphQL type, one definition.
@Entity('territoire')
@Check('territoire_niveau_check', checkIn('niveau', NIVEAUX_TERRITORIAUX))
@Check('territoire_geometrie_source_check', checkIn('geometrie_source', GEOMETRIE_SOURCES))
@Index('territoire_geom_idx', ['geom'], { spatial: true })
@Index('territoire_centre_idx', ['centre'], { spatial: true })
// The code beside the searched name: a search counts and ranks its matches by an index-only scan.
@Index('territoire_recherche_idx', ['niveau', 'nomRecherche', 'code'])
@ObjectType('Territoire', {
  simpleResolvers: true,
  description: 'Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France).',
})
export class Territoire {
  @Field(() => NiveauTerritorial)
  @PrimaryColumn('text')
  niveau: NiveauTerritorial;

  @Field(() => String, { description: 'Code INSEE (commune, département, région), SIREN (EPCI), identifiant (Pays), FR.' })
  @PrimaryColumn('text')
  code: string;

  @Field(() => String)
  @Column('text')
  nom: string;

  // The name without accents, case or punctuation (normalizeSearch), for search.
  @Column('text')
  nomRecherche: string;

  @Field(() => Int, { nullable: true, description: 'Population (null = non renseignée).' })
  @Column('integer', { nullable: true })
  population: number | null;

  @Field(() => Int, { nullable: true, description: 'Année de référence de la population, null quand la source ne la précise pas.' })
  @Column('integer', { nullable: true })
  populationAnnee: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  populationSource: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Superficie en km², calculée sur le contour (approximative quand geometrieSource = APPROXIMATIVE) ; null sans contour.',
  })
  @Column('double precision', { nullable: true })
  superficieKm2: number | null;

  @Column('geometry', { spatialFeatureType: 'MultiPolygon', srid: 4326, nullable: true })
  geom: unknown;

  @Column('geometry', { spatialFeatureType: 'MultiPolygon', srid: 4326, nullable: true })
  geomMoyenne: unknown;

  @Column('geometry', { spatialFeatureType: 'MultiPolygon', srid: 4326, nullable: true })
  geomBasse: unknown;

  @Column('geometry', { spatialFeatureType: 'Point', srid: 4326, nullable: true })
  centre: unknown;

  // How the representative point was found when it is not the outline's (e.g. a commune without outline).
  @Column('text', { nullable: true })
  centreSource: string | null;

  @Field(() => GeometrieSource, { description: 'OFFICIELLE (contour officiel : IGN Admin Express COG 2018 par défaut, ou importé) ou APPROXIMATIVE (à signaler).' })
  @Column('text', { default: 'APPROXIMATIVE' })
  geometrieSource: GeometrieSource;

  @Field(() => String, { nullable: true, description: 'Source nommée du contour (attribution à afficher).' })
  @Column('text', { nullable: true })
  geometrieSourceNom: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Millésime du contour (2018 pour les contours IGN Admin Express COG 2018) ; null quand la source ne le précise pas.',
  })
  @Column('integer', { nullable: true })
  geometrieMillesime: number | null;

  // metro, drom or com (collectivités d'outre-mer), as in @etalab/decoupage-administratif.
  @Column('text', { nullable: true })
  zone: string | null;
}
