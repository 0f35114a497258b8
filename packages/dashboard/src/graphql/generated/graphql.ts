/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A GeoJSON object as defined by RFC 7946: https://datatracker.ietf.org/doc/html/rfc7946 */
  GeoJSON: { input: GeoJSON.GeoJsonObject; output: GeoJSON.GeoJsonObject; }
};

/** Base de données utilisée : PGlite embarqué ou serveur PostgreSQL. */
export type BackendBase =
  | 'EMBARQUE'
  | 'POSTGRESQL';

/** Appartenance datée d'un territoire à un autre (composition d'un Pays, par exemple). */
export type CompositionTerritoire = {
  __typename?: 'CompositionTerritoire';
  /** Vrai quand l’appartenance est en cours (pas de date de fin). */
  actuelle: Scalars['Boolean']['output'];
  /** Confiance donnée par la source des faits (high, medium, low). */
  confiance?: Maybe<Scalars['String']['output']>;
  /** Date de début (AAAA-MM-JJ), null si la source ne la donne pas. */
  dateDebut?: Maybe<Scalars['String']['output']>;
  /** Date de fin (AAAA-MM-JJ) ; null = appartenance actuelle. */
  dateFin?: Maybe<Scalars['String']['output']>;
  membre: Territoire;
  note?: Maybe<Scalars['String']['output']>;
  parent: Territoire;
  source?: Maybe<Scalars['String']['output']>;
};

/** Contour officiel importé (source nommée) ou contour approximatif reconstruit, à signaler comme tel. */
export type GeometrieSource =
  | 'APPROXIMATIVE'
  | 'OFFICIELLE';

/** Niveau du découpage : commune, EPCI, Pays, département, région (2016), ancienne région (avant 2016), France. */
export type NiveauTerritorial =
  | 'ANCIENNE_REGION'
  | 'COMMUNE'
  | 'DEPARTEMENT'
  | 'EPCI'
  | 'FRANCE'
  | 'PAYS'
  | 'REGION';

/** Position dans une liste paginée. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Curseur du dernier élément, à passer en `after`. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** Précision du contour : complète, moyenne (carte régionale), basse (carte de France). */
export type PrecisionGeometrie =
  | 'BASSE'
  | 'COMPLETE'
  | 'MOYENNE';

export type Query = {
  __typename?: 'Query';
  /** Une couche de carte : FeatureCollection des territoires d’un niveau (propriétés code, nom, geometrieSource, population). */
  carteTerritoires: Scalars['GeoJSON']['output'];
  /** Santé de l'API : base utilisée, versions, état des migrations. */
  sante: Sante;
  /** Un territoire par niveau et code (null si inconnu). */
  territoire?: Maybe<Territoire>;
  /** Territoires d’un niveau, éventuellement membres actuels d’un territoire (`dans`) et filtrés par nom sans accents ni casse (`recherche`), triés par nom. */
  territoires: TerritoireConnection;
};


export type QueryCarteTerritoiresArgs = {
  dans?: InputMaybe<TerritoireRef>;
  niveau: NiveauTerritorial;
  precision?: InputMaybe<PrecisionGeometrie>;
};


export type QueryTerritoireArgs = {
  code: Scalars['String']['input'];
  niveau: NiveauTerritorial;
};


export type QueryTerritoiresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dans?: InputMaybe<TerritoireRef>;
  first?: InputMaybe<Scalars['Int']['input']>;
  niveau: NiveauTerritorial;
  recherche?: InputMaybe<Scalars['String']['input']>;
};

/** État de santé de l'API et de sa base. */
export type Sante = {
  __typename?: 'Sante';
  backend: BackendBase;
  /** Migrations appliquées, dans l’ordre. */
  migrationsAppliquees: Array<Scalars['String']['output']>;
  /** Migrations connues du code mais pas encore appliquées. */
  migrationsEnAttente: Scalars['Int']['output'];
  /** « ok » quand la base répond. */
  statut: Scalars['String']['output'];
  /** Version de PostGIS, null si absente. */
  versionPostgis?: Maybe<Scalars['String']['output']>;
  versionPostgres: Scalars['String']['output'];
};

/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type Territoire = {
  __typename?: 'Territoire';
  /** Appartenances datées, passées comprises (par défaut les Pays d’un EPCI ou d’une commune). */
  appartenances: Array<CompositionTerritoire>;
  /** Point représentatif (GeoJSON Point), null sans géométrie. */
  centre?: Maybe<Scalars['GeoJSON']['output']>;
  /** Code INSEE (commune, département, région), SIREN (EPCI), identifiant (Pays), FR. */
  code: Scalars['String']['output'];
  /** Composition datée, passée comprise (par défaut les EPCI d’un Pays), avec source et confiance. */
  compositions: Array<CompositionTerritoire>;
  /** Contour (GeoJSON MultiPolygon) simplifié selon la précision ; voir geometrieSource. */
  geometrie?: Maybe<Scalars['GeoJSON']['output']>;
  /** OFFICIELLE (contour importé) ou APPROXIMATIVE (à signaler). */
  geometrieSource: GeometrieSource;
  /** Source nommée du contour (attribution à afficher). */
  geometrieSourceNom?: Maybe<Scalars['String']['output']>;
  /** Faux quand le territoire déborde : plusieurs parents d’un même niveau (EPCI sur deux départements, Cap Atlantique…). */
  imbrique: Scalars['Boolean']['output'];
  /** Membres actuels d’un niveau (communes d’un Pays, EPCI d’un département…). */
  membres: TerritoireConnection;
  niveau: NiveauTerritorial;
  /** Les niveaux où le territoire a plusieurs parents. */
  niveauxNonImbriques: Array<NiveauTerritorial>;
  nom: Scalars['String']['output'];
  /** Le territoire englobant de ce niveau. Si le territoire n’est pas imbriqué (plusieurs parents de ce niveau), le premier par code : voir `parents` et `imbrique`. */
  parent?: Maybe<Territoire>;
  /** Tous les territoires englobants actuels, du plus petit au plus grand (filtrables par niveau). */
  parents: Array<Territoire>;
  /** Population (null = non renseignée). */
  population?: Maybe<Scalars['Int']['output']>;
  /** Année de référence de la population, null quand la source ne la précise pas. */
  populationAnnee?: Maybe<Scalars['Int']['output']>;
  populationSource?: Maybe<Scalars['String']['output']>;
  /** Superficie en km², calculée sur le contour officiel ; null sinon. */
  superficieKm2?: Maybe<Scalars['Float']['output']>;
};


/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type TerritoireAppartenancesArgs = {
  niveau?: NiveauTerritorial;
};


/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type TerritoireCompositionsArgs = {
  niveau?: NiveauTerritorial;
};


/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type TerritoireGeometrieArgs = {
  precision?: PrecisionGeometrie;
};


/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type TerritoireMembresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  niveau: NiveauTerritorial;
};


/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type TerritoireParentArgs = {
  niveau: NiveauTerritorial;
};


/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type TerritoireParentsArgs = {
  niveau?: InputMaybe<NiveauTerritorial>;
};

/** Liste paginée de Territoire. */
export type TerritoireConnection = {
  __typename?: 'TerritoireConnection';
  edges: Array<TerritoireEdge>;
  nodes: Array<Territoire>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments, toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

export type TerritoireEdge = {
  __typename?: 'TerritoireEdge';
  cursor: Scalars['String']['output'];
  node: Territoire;
};

/** Un territoire désigné par son niveau et son code. */
export type TerritoireRef = {
  code: Scalars['String']['input'];
  niveau: NiveauTerritorial;
};

export type HealthBadgeQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthBadgeQuery = { __typename?: 'Query', sante: { __typename?: 'Sante', statut: string, backend: BackendBase, versionPostgis?: string | null } };

export type CartePage_TerritoiresQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  precision?: InputMaybe<PrecisionGeometrie>;
}>;


export type CartePage_TerritoiresQuery = { __typename?: 'Query', carteTerritoires: GeoJSON.GeoJsonObject };

export type TerritoirePickerQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  recherche?: InputMaybe<Scalars['String']['input']>;
}>;


export type TerritoirePickerQuery = { __typename?: 'Query', territoires: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }> } };

export type TerritoireIdentite_TerritoireFragment = { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, population?: number | null, populationAnnee?: number | null, populationSource?: string | null, superficieKm2?: number | null, geometrieSource: GeometrieSource, geometrieSourceNom?: string | null, imbrique: boolean, niveauxNonImbriques: Array<NiveauTerritorial> };

export type TerritoireLiens_TerritoireFragment = { __typename?: 'Territoire', code: string, niveau: NiveauTerritorial, parents: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }>, membres?: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }> } };

export type TerritoirePageQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  code: Scalars['String']['input'];
  niveauMembres: NiveauTerritorial;
  avecMembres: Scalars['Boolean']['input'];
  precision: PrecisionGeometrie;
}>;


export type TerritoirePageQuery = { __typename?: 'Query', carteTerritoires?: GeoJSON.GeoJsonObject, territoire?: { __typename?: 'Territoire', geometrie?: GeoJSON.GeoJsonObject | null, code: string, nom: string, niveau: NiveauTerritorial, population?: number | null, populationAnnee?: number | null, populationSource?: string | null, superficieKm2?: number | null, geometrieSource: GeometrieSource, geometrieSourceNom?: string | null, imbrique: boolean, niveauxNonImbriques: Array<NiveauTerritorial>, parents: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }>, membres?: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }> } } | null };

export type TerritoiresPage_RechercheQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  recherche?: InputMaybe<Scalars['String']['input']>;
}>;


export type TerritoiresPage_RechercheQuery = { __typename?: 'Query', territoires: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, population?: number | null, geometrieSource: GeometrieSource }> } };

export const TerritoireIdentite_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireIdentite_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationAnnee"}},{"kind":"Field","name":{"kind":"Name","value":"populationSource"}},{"kind":"Field","name":{"kind":"Name","value":"superficieKm2"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSourceNom"}},{"kind":"Field","name":{"kind":"Name","value":"imbrique"}},{"kind":"Field","name":{"kind":"Name","value":"niveauxNonImbriques"}}]}}]} as unknown as DocumentNode<TerritoireIdentite_TerritoireFragment, unknown>;
export const TerritoireLiens_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireLiens_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoireLiens_TerritoireFragment, unknown>;
export const HealthBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HealthBadge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sante"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"versionPostgis"}}]}}]}}]} as unknown as DocumentNode<HealthBadgeQuery, HealthBadgeQueryVariables>;
export const CartePage_TerritoiresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartePage_territoires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrecisionGeometrie"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carteTerritoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}]}]}}]} as unknown as DocumentNode<CartePage_TerritoiresQuery, CartePage_TerritoiresQueryVariables>;
export const TerritoirePickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoirePicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"recherche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoirePickerQuery, TerritoirePickerQueryVariables>;
export const TerritoirePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoirePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrecisionGeometrie"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoireIdentite_territoire"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoireLiens_territoire"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"carteTerritoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}}},{"kind":"Argument","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}}}]}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireIdentite_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationAnnee"}},{"kind":"Field","name":{"kind":"Name","value":"populationSource"}},{"kind":"Field","name":{"kind":"Name","value":"superficieKm2"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSourceNom"}},{"kind":"Field","name":{"kind":"Name","value":"imbrique"}},{"kind":"Field","name":{"kind":"Name","value":"niveauxNonImbriques"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireLiens_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoirePageQuery, TerritoirePageQueryVariables>;
export const TerritoiresPage_RechercheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoiresPage_recherche"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"recherche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoiresPage_RechercheQuery, TerritoiresPage_RechercheQueryVariables>;