/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query HealthBadge {\n    sante {\n      statut\n      backend\n      versionPostgis\n    }\n  }\n": typeof types.HealthBadgeDocument,
    "\n  query CartePage_territoires($niveau: NiveauTerritorial!, $precision: PrecisionGeometrie) {\n    carteTerritoires(niveau: $niveau, precision: $precision)\n  }\n": typeof types.CartePage_TerritoiresDocument,
    "\n  query TerritoirePicker($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 8) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n": typeof types.TerritoirePickerDocument,
    "\n  fragment TerritoireIdentite_territoire on Territoire {\n    code\n    nom\n    niveau\n    population\n    populationAnnee\n    populationSource\n    superficieKm2\n    geometrieSource\n    geometrieSourceNom\n    imbrique\n    niveauxNonImbriques\n  }\n": typeof types.TerritoireIdentite_TerritoireFragmentDoc,
    "\n  fragment TerritoireLiens_territoire on Territoire {\n    code\n    niveau\n    parents {\n      code\n      nom\n      niveau\n    }\n    membres(niveau: $niveauMembres, first: 100) @include(if: $avecMembres) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n": typeof types.TerritoireLiens_TerritoireFragmentDoc,
    "\n  query TerritoirePage(\n    $niveau: NiveauTerritorial!\n    $code: String!\n    $niveauMembres: NiveauTerritorial!\n    $avecMembres: Boolean!\n    $precision: PrecisionGeometrie!\n  ) {\n    territoire(niveau: $niveau, code: $code) {\n      ...TerritoireIdentite_territoire\n      ...TerritoireLiens_territoire\n      geometrie(precision: $precision)\n    }\n    carteTerritoires(niveau: $niveauMembres, dans: { niveau: $niveau, code: $code }, precision: $precision)\n      @include(if: $avecMembres)\n  }\n": typeof types.TerritoirePageDocument,
    "\n  query TerritoiresPage_recherche($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 100) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n        population\n        geometrieSource\n      }\n    }\n  }\n": typeof types.TerritoiresPage_RechercheDocument,
};
const documents: Documents = {
    "\n  query HealthBadge {\n    sante {\n      statut\n      backend\n      versionPostgis\n    }\n  }\n": types.HealthBadgeDocument,
    "\n  query CartePage_territoires($niveau: NiveauTerritorial!, $precision: PrecisionGeometrie) {\n    carteTerritoires(niveau: $niveau, precision: $precision)\n  }\n": types.CartePage_TerritoiresDocument,
    "\n  query TerritoirePicker($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 8) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n": types.TerritoirePickerDocument,
    "\n  fragment TerritoireIdentite_territoire on Territoire {\n    code\n    nom\n    niveau\n    population\n    populationAnnee\n    populationSource\n    superficieKm2\n    geometrieSource\n    geometrieSourceNom\n    imbrique\n    niveauxNonImbriques\n  }\n": types.TerritoireIdentite_TerritoireFragmentDoc,
    "\n  fragment TerritoireLiens_territoire on Territoire {\n    code\n    niveau\n    parents {\n      code\n      nom\n      niveau\n    }\n    membres(niveau: $niveauMembres, first: 100) @include(if: $avecMembres) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n": types.TerritoireLiens_TerritoireFragmentDoc,
    "\n  query TerritoirePage(\n    $niveau: NiveauTerritorial!\n    $code: String!\n    $niveauMembres: NiveauTerritorial!\n    $avecMembres: Boolean!\n    $precision: PrecisionGeometrie!\n  ) {\n    territoire(niveau: $niveau, code: $code) {\n      ...TerritoireIdentite_territoire\n      ...TerritoireLiens_territoire\n      geometrie(precision: $precision)\n    }\n    carteTerritoires(niveau: $niveauMembres, dans: { niveau: $niveau, code: $code }, precision: $precision)\n      @include(if: $avecMembres)\n  }\n": types.TerritoirePageDocument,
    "\n  query TerritoiresPage_recherche($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 100) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n        population\n        geometrieSource\n      }\n    }\n  }\n": types.TerritoiresPage_RechercheDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthBadge {\n    sante {\n      statut\n      backend\n      versionPostgis\n    }\n  }\n"): (typeof documents)["\n  query HealthBadge {\n    sante {\n      statut\n      backend\n      versionPostgis\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CartePage_territoires($niveau: NiveauTerritorial!, $precision: PrecisionGeometrie) {\n    carteTerritoires(niveau: $niveau, precision: $precision)\n  }\n"): (typeof documents)["\n  query CartePage_territoires($niveau: NiveauTerritorial!, $precision: PrecisionGeometrie) {\n    carteTerritoires(niveau: $niveau, precision: $precision)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoirePicker($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 8) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n"): (typeof documents)["\n  query TerritoirePicker($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 8) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TerritoireIdentite_territoire on Territoire {\n    code\n    nom\n    niveau\n    population\n    populationAnnee\n    populationSource\n    superficieKm2\n    geometrieSource\n    geometrieSourceNom\n    imbrique\n    niveauxNonImbriques\n  }\n"): (typeof documents)["\n  fragment TerritoireIdentite_territoire on Territoire {\n    code\n    nom\n    niveau\n    population\n    populationAnnee\n    populationSource\n    superficieKm2\n    geometrieSource\n    geometrieSourceNom\n    imbrique\n    niveauxNonImbriques\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TerritoireLiens_territoire on Territoire {\n    code\n    niveau\n    parents {\n      code\n      nom\n      niveau\n    }\n    membres(niveau: $niveauMembres, first: 100) @include(if: $avecMembres) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TerritoireLiens_territoire on Territoire {\n    code\n    niveau\n    parents {\n      code\n      nom\n      niveau\n    }\n    membres(niveau: $niveauMembres, first: 100) @include(if: $avecMembres) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoirePage(\n    $niveau: NiveauTerritorial!\n    $code: String!\n    $niveauMembres: NiveauTerritorial!\n    $avecMembres: Boolean!\n    $precision: PrecisionGeometrie!\n  ) {\n    territoire(niveau: $niveau, code: $code) {\n      ...TerritoireIdentite_territoire\n      ...TerritoireLiens_territoire\n      geometrie(precision: $precision)\n    }\n    carteTerritoires(niveau: $niveauMembres, dans: { niveau: $niveau, code: $code }, precision: $precision)\n      @include(if: $avecMembres)\n  }\n"): (typeof documents)["\n  query TerritoirePage(\n    $niveau: NiveauTerritorial!\n    $code: String!\n    $niveauMembres: NiveauTerritorial!\n    $avecMembres: Boolean!\n    $precision: PrecisionGeometrie!\n  ) {\n    territoire(niveau: $niveau, code: $code) {\n      ...TerritoireIdentite_territoire\n      ...TerritoireLiens_territoire\n      geometrie(precision: $precision)\n    }\n    carteTerritoires(niveau: $niveauMembres, dans: { niveau: $niveau, code: $code }, precision: $precision)\n      @include(if: $avecMembres)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TerritoiresPage_recherche($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 100) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n        population\n        geometrieSource\n      }\n    }\n  }\n"): (typeof documents)["\n  query TerritoiresPage_recherche($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 100) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n        population\n        geometrieSource\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;