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
    "\n  query DynamiquesPage {\n    chiffresEtude {\n      indicateur\n      perimetre\n      valeur\n      unite\n      note\n      source\n    }\n    poles(first: 100) {\n      totalCount\n      nodes {\n        id\n        nom\n        type\n        statut\n        dateCreation\n        ancienneRegion: territoire(niveau: ANCIENNE_REGION) {\n          code\n          nom\n        }\n      }\n    }\n  }\n": typeof types.DynamiquesPageDocument,
    "\n  fragment FicheActions_pole on Pole {\n    objectifs\n    realisations\n    projets\n  }\n  fragment FicheBilan_pole on Pole {\n    pointsForts\n    pointsFaibles\n    remarques\n    enjeux\n  }\n": typeof types.FicheActions_PoleFragmentDoc,
    "\n  fragment FicheChiffresCles_territoire on Territoire {\n    code\n    nom\n    niveau\n    emploiEssFiche {\n      texte\n      texteFamilles\n      texteSource\n    }\n  }\n  fragment FicheChiffresCles_pole on Pole {\n    territoireAction {\n      libelle\n      territoire {\n        ...FicheChiffresCles_territoire\n      }\n    }\n    region: territoire(niveau: REGION) {\n      ...FicheChiffresCles_territoire\n    }\n  }\n": typeof types.FicheChiffresCles_TerritoireFragmentDoc,
    "\n  fragment FicheContact_pole on Pole {\n    contact\n    adresse\n    siteWeb\n    communeSiege {\n      code\n      nom\n    }\n  }\n": typeof types.FicheContact_PoleFragmentDoc,
    "\n  fragment FicheDocuments_pole on Pole {\n    documents {\n      nom\n      lien\n    }\n    monographie\n    descriptionMonographie\n  }\n": typeof types.FicheDocuments_PoleFragmentDoc,
    "\n  fragment FicheIdentite_pole on Pole {\n    type\n    typeSelonMonographie\n    noteTypologie\n    physique\n    dateCreation\n    origine\n    adherents\n    statutJuridique\n    salaries\n    foncier\n    budget\n    domaineActivite\n    reseau\n    fonctions\n    taille\n    niveauStructuration\n    territoireAction {\n      libelle\n    }\n  }\n": typeof types.FicheIdentite_PoleFragmentDoc,
    "\n  fragment FicheMiniMap_pole on Pole {\n    nom\n    position\n    precisionPosition\n    territoireAction {\n      territoire {\n        nom\n        geometrieSource\n        geometrie\n      }\n    }\n    communeSiege {\n      nom\n      geometrieSource\n      geometrie\n    }\n  }\n": typeof types.FicheMiniMap_PoleFragmentDoc,
    "\n  query PoleFiche($id: ID!) {\n    pole(id: $id) {\n      id\n      nom\n      type\n      statut\n      anneeStatut\n      source\n      modifieLe\n      sources {\n        champ\n        source\n      }\n      ...FicheContact_pole\n      ...FicheChiffresCles_pole\n      ...FicheIdentite_pole\n      ...FicheActions_pole\n      ...FicheBilan_pole\n      ...FicheDocuments_pole\n      ...FicheMiniMap_pole\n    }\n  }\n": typeof types.PoleFicheDocument,
    "\n  fragment PolesTable_pole on Pole {\n    id\n    nom\n    type\n    statut\n    anneeStatut\n    position\n    precisionPosition\n    territoireAction {\n      libelle\n    }\n    communeSiege {\n      code\n      nom\n    }\n    pays: territoire(niveau: PAYS) {\n      code\n      nom\n    }\n    region: territoire(niveau: REGION) {\n      code\n      nom\n    }\n    ancienneRegion: territoire(niveau: ANCIENNE_REGION) {\n      code\n      nom\n    }\n  }\n": typeof types.PolesTable_PoleFragmentDoc,
    "\n  query PolesPage($filtre: FiltrePoles, $first: Int, $after: String) {\n    poles(filtre: $filtre, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PolesTable_pole\n      }\n    }\n  }\n": typeof types.PolesPageDocument,
    "\n  fragment TerritoireIdentite_territoire on Territoire {\n    code\n    nom\n    niveau\n    population\n    populationAnnee\n    populationSource\n    superficieKm2\n    geometrieSource\n    geometrieSourceNom\n    imbrique\n    niveauxNonImbriques\n  }\n": typeof types.TerritoireIdentite_TerritoireFragmentDoc,
    "\n  fragment TerritoireLiens_territoire on Territoire {\n    code\n    niveau\n    parents {\n      code\n      nom\n      niveau\n    }\n    membres(niveau: $niveauMembres, first: 100) @include(if: $avecMembres) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n": typeof types.TerritoireLiens_TerritoireFragmentDoc,
    "\n  query TerritoirePage(\n    $niveau: NiveauTerritorial!\n    $code: String!\n    $niveauMembres: NiveauTerritorial!\n    $avecMembres: Boolean!\n    $precision: PrecisionGeometrie!\n  ) {\n    territoire(niveau: $niveau, code: $code) {\n      ...TerritoireIdentite_territoire\n      ...TerritoireLiens_territoire\n      geometrie(precision: $precision)\n    }\n    carteTerritoires(niveau: $niveauMembres, dans: { niveau: $niveau, code: $code }, precision: $precision)\n      @include(if: $avecMembres)\n  }\n": typeof types.TerritoirePageDocument,
    "\n  query TerritoiresPage_recherche($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 100) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n        population\n        geometrieSource\n      }\n    }\n  }\n": typeof types.TerritoiresPage_RechercheDocument,
};
const documents: Documents = {
    "\n  query HealthBadge {\n    sante {\n      statut\n      backend\n      versionPostgis\n    }\n  }\n": types.HealthBadgeDocument,
    "\n  query CartePage_territoires($niveau: NiveauTerritorial!, $precision: PrecisionGeometrie) {\n    carteTerritoires(niveau: $niveau, precision: $precision)\n  }\n": types.CartePage_TerritoiresDocument,
    "\n  query TerritoirePicker($niveau: NiveauTerritorial!, $recherche: String) {\n    territoires(niveau: $niveau, recherche: $recherche, first: 8) {\n      totalCount\n      nodes {\n        code\n        nom\n        niveau\n      }\n    }\n  }\n": types.TerritoirePickerDocument,
    "\n  query DynamiquesPage {\n    chiffresEtude {\n      indicateur\n      perimetre\n      valeur\n      unite\n      note\n      source\n    }\n    poles(first: 100) {\n      totalCount\n      nodes {\n        id\n        nom\n        type\n        statut\n        dateCreation\n        ancienneRegion: territoire(niveau: ANCIENNE_REGION) {\n          code\n          nom\n        }\n      }\n    }\n  }\n": types.DynamiquesPageDocument,
    "\n  fragment FicheActions_pole on Pole {\n    objectifs\n    realisations\n    projets\n  }\n  fragment FicheBilan_pole on Pole {\n    pointsForts\n    pointsFaibles\n    remarques\n    enjeux\n  }\n": types.FicheActions_PoleFragmentDoc,
    "\n  fragment FicheChiffresCles_territoire on Territoire {\n    code\n    nom\n    niveau\n    emploiEssFiche {\n      texte\n      texteFamilles\n      texteSource\n    }\n  }\n  fragment FicheChiffresCles_pole on Pole {\n    territoireAction {\n      libelle\n      territoire {\n        ...FicheChiffresCles_territoire\n      }\n    }\n    region: territoire(niveau: REGION) {\n      ...FicheChiffresCles_territoire\n    }\n  }\n": types.FicheChiffresCles_TerritoireFragmentDoc,
    "\n  fragment FicheContact_pole on Pole {\n    contact\n    adresse\n    siteWeb\n    communeSiege {\n      code\n      nom\n    }\n  }\n": types.FicheContact_PoleFragmentDoc,
    "\n  fragment FicheDocuments_pole on Pole {\n    documents {\n      nom\n      lien\n    }\n    monographie\n    descriptionMonographie\n  }\n": types.FicheDocuments_PoleFragmentDoc,
    "\n  fragment FicheIdentite_pole on Pole {\n    type\n    typeSelonMonographie\n    noteTypologie\n    physique\n    dateCreation\n    origine\n    adherents\n    statutJuridique\n    salaries\n    foncier\n    budget\n    domaineActivite\n    reseau\n    fonctions\n    taille\n    niveauStructuration\n    territoireAction {\n      libelle\n    }\n  }\n": types.FicheIdentite_PoleFragmentDoc,
    "\n  fragment FicheMiniMap_pole on Pole {\n    nom\n    position\n    precisionPosition\n    territoireAction {\n      territoire {\n        nom\n        geometrieSource\n        geometrie\n      }\n    }\n    communeSiege {\n      nom\n      geometrieSource\n      geometrie\n    }\n  }\n": types.FicheMiniMap_PoleFragmentDoc,
    "\n  query PoleFiche($id: ID!) {\n    pole(id: $id) {\n      id\n      nom\n      type\n      statut\n      anneeStatut\n      source\n      modifieLe\n      sources {\n        champ\n        source\n      }\n      ...FicheContact_pole\n      ...FicheChiffresCles_pole\n      ...FicheIdentite_pole\n      ...FicheActions_pole\n      ...FicheBilan_pole\n      ...FicheDocuments_pole\n      ...FicheMiniMap_pole\n    }\n  }\n": types.PoleFicheDocument,
    "\n  fragment PolesTable_pole on Pole {\n    id\n    nom\n    type\n    statut\n    anneeStatut\n    position\n    precisionPosition\n    territoireAction {\n      libelle\n    }\n    communeSiege {\n      code\n      nom\n    }\n    pays: territoire(niveau: PAYS) {\n      code\n      nom\n    }\n    region: territoire(niveau: REGION) {\n      code\n      nom\n    }\n    ancienneRegion: territoire(niveau: ANCIENNE_REGION) {\n      code\n      nom\n    }\n  }\n": types.PolesTable_PoleFragmentDoc,
    "\n  query PolesPage($filtre: FiltrePoles, $first: Int, $after: String) {\n    poles(filtre: $filtre, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PolesTable_pole\n      }\n    }\n  }\n": types.PolesPageDocument,
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
export function graphql(source: "\n  query DynamiquesPage {\n    chiffresEtude {\n      indicateur\n      perimetre\n      valeur\n      unite\n      note\n      source\n    }\n    poles(first: 100) {\n      totalCount\n      nodes {\n        id\n        nom\n        type\n        statut\n        dateCreation\n        ancienneRegion: territoire(niveau: ANCIENNE_REGION) {\n          code\n          nom\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DynamiquesPage {\n    chiffresEtude {\n      indicateur\n      perimetre\n      valeur\n      unite\n      note\n      source\n    }\n    poles(first: 100) {\n      totalCount\n      nodes {\n        id\n        nom\n        type\n        statut\n        dateCreation\n        ancienneRegion: territoire(niveau: ANCIENNE_REGION) {\n          code\n          nom\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FicheActions_pole on Pole {\n    objectifs\n    realisations\n    projets\n  }\n  fragment FicheBilan_pole on Pole {\n    pointsForts\n    pointsFaibles\n    remarques\n    enjeux\n  }\n"): (typeof documents)["\n  fragment FicheActions_pole on Pole {\n    objectifs\n    realisations\n    projets\n  }\n  fragment FicheBilan_pole on Pole {\n    pointsForts\n    pointsFaibles\n    remarques\n    enjeux\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FicheChiffresCles_territoire on Territoire {\n    code\n    nom\n    niveau\n    emploiEssFiche {\n      texte\n      texteFamilles\n      texteSource\n    }\n  }\n  fragment FicheChiffresCles_pole on Pole {\n    territoireAction {\n      libelle\n      territoire {\n        ...FicheChiffresCles_territoire\n      }\n    }\n    region: territoire(niveau: REGION) {\n      ...FicheChiffresCles_territoire\n    }\n  }\n"): (typeof documents)["\n  fragment FicheChiffresCles_territoire on Territoire {\n    code\n    nom\n    niveau\n    emploiEssFiche {\n      texte\n      texteFamilles\n      texteSource\n    }\n  }\n  fragment FicheChiffresCles_pole on Pole {\n    territoireAction {\n      libelle\n      territoire {\n        ...FicheChiffresCles_territoire\n      }\n    }\n    region: territoire(niveau: REGION) {\n      ...FicheChiffresCles_territoire\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FicheContact_pole on Pole {\n    contact\n    adresse\n    siteWeb\n    communeSiege {\n      code\n      nom\n    }\n  }\n"): (typeof documents)["\n  fragment FicheContact_pole on Pole {\n    contact\n    adresse\n    siteWeb\n    communeSiege {\n      code\n      nom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FicheDocuments_pole on Pole {\n    documents {\n      nom\n      lien\n    }\n    monographie\n    descriptionMonographie\n  }\n"): (typeof documents)["\n  fragment FicheDocuments_pole on Pole {\n    documents {\n      nom\n      lien\n    }\n    monographie\n    descriptionMonographie\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FicheIdentite_pole on Pole {\n    type\n    typeSelonMonographie\n    noteTypologie\n    physique\n    dateCreation\n    origine\n    adherents\n    statutJuridique\n    salaries\n    foncier\n    budget\n    domaineActivite\n    reseau\n    fonctions\n    taille\n    niveauStructuration\n    territoireAction {\n      libelle\n    }\n  }\n"): (typeof documents)["\n  fragment FicheIdentite_pole on Pole {\n    type\n    typeSelonMonographie\n    noteTypologie\n    physique\n    dateCreation\n    origine\n    adherents\n    statutJuridique\n    salaries\n    foncier\n    budget\n    domaineActivite\n    reseau\n    fonctions\n    taille\n    niveauStructuration\n    territoireAction {\n      libelle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FicheMiniMap_pole on Pole {\n    nom\n    position\n    precisionPosition\n    territoireAction {\n      territoire {\n        nom\n        geometrieSource\n        geometrie\n      }\n    }\n    communeSiege {\n      nom\n      geometrieSource\n      geometrie\n    }\n  }\n"): (typeof documents)["\n  fragment FicheMiniMap_pole on Pole {\n    nom\n    position\n    precisionPosition\n    territoireAction {\n      territoire {\n        nom\n        geometrieSource\n        geometrie\n      }\n    }\n    communeSiege {\n      nom\n      geometrieSource\n      geometrie\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoleFiche($id: ID!) {\n    pole(id: $id) {\n      id\n      nom\n      type\n      statut\n      anneeStatut\n      source\n      modifieLe\n      sources {\n        champ\n        source\n      }\n      ...FicheContact_pole\n      ...FicheChiffresCles_pole\n      ...FicheIdentite_pole\n      ...FicheActions_pole\n      ...FicheBilan_pole\n      ...FicheDocuments_pole\n      ...FicheMiniMap_pole\n    }\n  }\n"): (typeof documents)["\n  query PoleFiche($id: ID!) {\n    pole(id: $id) {\n      id\n      nom\n      type\n      statut\n      anneeStatut\n      source\n      modifieLe\n      sources {\n        champ\n        source\n      }\n      ...FicheContact_pole\n      ...FicheChiffresCles_pole\n      ...FicheIdentite_pole\n      ...FicheActions_pole\n      ...FicheBilan_pole\n      ...FicheDocuments_pole\n      ...FicheMiniMap_pole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolesTable_pole on Pole {\n    id\n    nom\n    type\n    statut\n    anneeStatut\n    position\n    precisionPosition\n    territoireAction {\n      libelle\n    }\n    communeSiege {\n      code\n      nom\n    }\n    pays: territoire(niveau: PAYS) {\n      code\n      nom\n    }\n    region: territoire(niveau: REGION) {\n      code\n      nom\n    }\n    ancienneRegion: territoire(niveau: ANCIENNE_REGION) {\n      code\n      nom\n    }\n  }\n"): (typeof documents)["\n  fragment PolesTable_pole on Pole {\n    id\n    nom\n    type\n    statut\n    anneeStatut\n    position\n    precisionPosition\n    territoireAction {\n      libelle\n    }\n    communeSiege {\n      code\n      nom\n    }\n    pays: territoire(niveau: PAYS) {\n      code\n      nom\n    }\n    region: territoire(niveau: REGION) {\n      code\n      nom\n    }\n    ancienneRegion: territoire(niveau: ANCIENNE_REGION) {\n      code\n      nom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolesPage($filtre: FiltrePoles, $first: Int, $after: String) {\n    poles(filtre: $filtre, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PolesTable_pole\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolesPage($filtre: FiltrePoles, $first: Int, $after: String) {\n    poles(filtre: $filtre, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...PolesTable_pole\n      }\n    }\n  }\n"];
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