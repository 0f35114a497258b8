import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { createConnectionType } from '../common/connection';
import { GeometrieSource, NiveauTerritorial } from './territoire.enums';

@ObjectType({ simpleResolvers: true, description: 'Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France).' })
export class Territoire {
  @Field(() => String, { description: 'Code INSEE (commune, département, région), SIREN (EPCI), identifiant (Pays), FR.' })
  code: string;

  @Field(() => String)
  nom: string;

  @Field(() => NiveauTerritorial)
  niveau: NiveauTerritorial;

  @Field(() => Int, { nullable: true, description: 'Population (null = non renseignée).' })
  population: number | null;

  @Field(() => Int, { nullable: true, description: 'Année de référence de la population, null quand la source ne la précise pas.' })
  populationAnnee: number | null;

  @Field(() => String, { nullable: true })
  populationSource: string | null;

  @Field(() => Float, { nullable: true, description: 'Superficie en km², calculée sur le contour (approximative quand geometrieSource = APPROXIMATIVE) ; null sans contour.' })
  superficieKm2: number | null;

  @Field(() => GeometrieSource, { description: 'OFFICIELLE (contour importé) ou APPROXIMATIVE (à signaler).' })
  geometrieSource: GeometrieSource;

  @Field(() => String, { nullable: true, description: 'Source nommée du contour (attribution à afficher).' })
  geometrieSourceNom: string | null;
}

@InputType({ description: 'Un territoire désigné par son niveau et son code.' })
export class TerritoireRef {
  @Field(() => NiveauTerritorial)
  niveau: NiveauTerritorial;

  @Field(() => String)
  code: string;
}

@ObjectType({ simpleResolvers: true, description: "Appartenance datée d'un territoire à un autre (composition d'un Pays, par exemple)." })
export class CompositionTerritoire {
  @Field(() => Territoire)
  membre: Territoire;

  @Field(() => Territoire)
  parent: Territoire;

  @Field(() => String, { nullable: true, description: 'Date de début (AAAA-MM-JJ), null si la source ne la donne pas.' })
  dateDebut: string | null;

  @Field(() => String, { nullable: true, description: 'Date de fin (AAAA-MM-JJ) ; null = appartenance actuelle.' })
  dateFin: string | null;

  @Field(() => Boolean, { description: 'Vrai quand l’appartenance est en cours (pas de date de fin).' })
  actuelle: boolean;

  @Field(() => String, { nullable: true })
  source: string | null;

  @Field(() => String, { nullable: true, description: 'Confiance donnée par la source des faits (high, medium, low).' })
  confiance: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

export const TerritoireConnection = createConnectionType('Territoire', Territoire);
export type TerritoireConnection = InstanceType<typeof TerritoireConnection>;
