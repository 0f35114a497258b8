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
};

/** Base de données utilisée : PGlite embarqué ou serveur PostgreSQL. */
export type BackendBase =
  | 'EMBARQUE'
  | 'POSTGRESQL';

export type Query = {
  __typename?: 'Query';
  /** Santé de l'API : base utilisée, versions, état des migrations. */
  sante: Sante;
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

export type HealthBadgeQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthBadgeQuery = { __typename?: 'Query', sante: { __typename?: 'Sante', statut: string, backend: BackendBase, versionPostgis?: string | null } };


export const HealthBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HealthBadge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sante"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"versionPostgis"}}]}}]}}]} as unknown as DocumentNode<HealthBadgeQuery, HealthBadgeQueryVariables>;