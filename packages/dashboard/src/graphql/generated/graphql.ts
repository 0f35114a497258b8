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
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A GeoJSON object as defined by RFC 7946: https://datatracker.ietf.org/doc/html/rfc7946 */
  GeoJSON: { input: GeoJSON.GeoJsonObject; output: GeoJSON.GeoJsonObject; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: any; output: any; }
};

/** Un cercle : les pôles à moins de rayonKm du point (distance sur la sphère). */
export type AutourDe = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
  rayonKm: Scalars['Float']['input'];
};

/** Base de données utilisée : PGlite embarqué ou serveur PostgreSQL. */
export type BackendBase =
  | 'EMBARQUE'
  | 'POSTGRESQL';

/** Un rectangle en degrés WGS 84. */
export type Bbox = {
  est: Scalars['Float']['input'];
  nord: Scalars['Float']['input'];
  ouest: Scalars['Float']['input'];
  sud: Scalars['Float']['input'];
};

/** Une cellule non vide. */
export type CelluleDensite = {
  __typename?: 'CelluleDensite';
  /** i:j de la grille (ou code du territoire). */
  cle: Scalars['String']['output'];
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
  nombre: Scalars['Int']['output'];
  /** Somme des poids (population pour POPULATION, 1 par pôle pour POLES). */
  poids: Scalars['Float']['output'];
  /** Le polygone de la cellule (WGS 84), si `avecPolygones`. */
  polygone?: Maybe<Scalars['GeoJSON']['output']>;
};

/** Champ compté : les quatre familles (associations, coopératives, mutuelles, fondations), le champ de la loi de 2014, ou un champ élargi (autres organismes privés à but non lucratif). Déduit seulement de ce que dit la ligne ; par défaut les quatre familles. */
export type ChampEss =
  | 'ELARGI'
  | 'LOI_2014'
  | 'QUATRE_FAMILLES';

/** Un chiffre agrégé de l'étude fondatrice (recensement, typologie, conclusions). */
export type ChiffreEtude = {
  __typename?: 'ChiffreEtude';
  indicateur: Scalars['String']['output'];
  /** La valeur quand elle dénombre (pôles, projets, régions, fiches) ; null pour un % ou une surface. */
  nombre?: Maybe<Scalars['Int']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  /** Le total dont ce chiffre est une partie, selon la typologie de l’étude. */
  partieDe?: Maybe<Scalars['String']['output']>;
  /** France, une région, un Pays ou une ville, tel que l’étude le cite. */
  perimetre: Scalars['String']['output'];
  /** Pour un total : l'addition de ses parties et l'écart avec le total annoncé. */
  somme?: Maybe<SommeEtude>;
  source: Scalars['String']['output'];
  /** ACTIF = existant lors de l’étude, PROJET = en projet ; null quand le chiffre ne porte pas sur des pôles. */
  statut?: Maybe<StatutPole>;
  /** Le périmètre comme territoire (niveau et code). */
  territoire: PerimetreEtude;
  /** Le type de pôle compté ; null quand le chiffre les compte tous ou n’en compte aucun. */
  type?: Maybe<TypePole>;
  /** L’unité telle que transcrite (voir `uniteType`). */
  unite: Scalars['String']['output'];
  uniteType: UniteChiffreEtude;
  valeur: Scalars['Float']['output'];
};

/** Les classes d’une carte choroplèthe, calculées une fois sur le serveur. */
export type Classes = {
  __typename?: 'Classes';
  /** Bornes, de la plus basse à la plus haute (nombre de classes + 1) ; classe i = [bornes[i], bornes[i+1][, la dernière fermée. Chaque classe commence sur une valeur réelle (aucune classe vide, bornes entières pour des valeurs entières) ; au plus autant de classes que de valeurs distinctes ; 0, quand il est la plus petite valeur, est une classe à lui seul. */
  bornes: Array<Scalars['Float']['output']>;
  /** « données disponibles pour N territoires sur M » quand des territoires n’ont pas de valeur (à dire dans la légende et le tableau) ; null quand tous en ont une. */
  disponibilite?: Maybe<Scalars['String']['output']>;
  /** Ce que mesure l’indicateur et d’où il vient. */
  methode: Scalars['String']['output'];
  /** Territoires du niveau (et de `dans`) qui ont une valeur. */
  nombreDisponibles: Scalars['Int']['output'];
  /** Territoires du niveau (et de `dans`). */
  nombreTerritoires: Scalars['Int']['output'];
  valeurs: Array<ValeurTerritoire>;
};

/** Un territoire de la comparaison et ses valeurs. */
export type ComparaisonTerritoire = {
  __typename?: 'ComparaisonTerritoire';
  code: Scalars['String']['output'];
  niveau: NiveauTerritorial;
  nom: Scalars['String']['output'];
  /** Vrai pour un territoire englobant ajouté par `parents`. */
  parent: Scalars['Boolean']['output'];
  valeurs: Array<ValeurIndicateur>;
};

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

/** Nombre de pôles d’un type et d’un statut. */
export type ComptePoles = {
  __typename?: 'ComptePoles';
  nombre: Scalars['Int']['output'];
  statut: StatutPole;
  type: TypePole;
};

/** POLES : pôles non supprimés localisés (poids 1) ; POPULATION : communes au centre, pondérées par leur population ; POINTS : une couche importée (`nomCouche`, par `pnpm import:points`). */
export type CoucheDensite =
  | 'POINTS'
  | 'POLES'
  | 'POPULATION';

/** La couverture d’un territoire par les pôles. Chaque nombre dit comment il est obtenu. */
export type CouvertureTerritoire = {
  __typename?: 'CouvertureTerritoire';
  /** Vrai si une association de développement d'un statut compté (statutsPoles, ACTIF par défaut) est située dans le territoire ou si son territoire d'action le couvre. */
  associationDeveloppementActive: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  /** Communes peuplées et localisées utilisées pour les deux mesures précédentes. */
  communesMesurees: Scalars['Int']['output'];
  /** Moyenne, pondérée par la population, de la distance (km, géodésique sur la sphère) du centre de chaque commune du territoire au pôle le plus proche (tous types) parmi les statuts comptés (statutsPoles). Null sans commune peuplée localisée ou sans pôle localisé de ces statuts. */
  distanceMoyennePonderee?: Maybe<Scalars['Float']['output']>;
  /** Distance géodésique du point représentatif du territoire (centre, sinon point sur la surface) au pôle le plus proche de chaque type, parmi les statuts comptés (statutsPoles, ACTIF par défaut). */
  distancesPoleActif: Array<DistanceType>;
  /** Le chiffre de l'emploi ESS le plus récent du territoire, avec sa source. */
  emploiEss?: Maybe<EmploiEss>;
  /** Comment les chiffres sont obtenus (méthode et sources). */
  methode: Scalars['String']['output'];
  niveau: NiveauTerritorial;
  nom: Scalars['String']['output'];
  /** Somme de polesParTypeStatut. */
  nombrePoles: Scalars['Int']['output'];
  /** Part (%) de la population des communes du territoire dont le centre est à moins de rayonKm (géodésique) d’un pôle des statuts comptés (statutsPoles, ACTIF par défaut). Null sans commune peuplée localisée. */
  partPopulationCouverte?: Maybe<Scalars['Float']['output']>;
  /** Pôles dont le territoire d'action officiel est ce territoire, un territoire qui le contient ou un de ses membres (liens actuels). Un territoire d'action en texte libre (non officiel) ne couvre rien. */
  polesCouvrants: Array<PoleCouvrant>;
  /** Pôles non supprimés situés dans le territoire (table pole_territoire : position dans le contour, un pôle sur une limite compte dans chaque territoire qu’il touche ; à défaut commune siège ou territoire d’action officiel), par type et statut. Sans les pôles sans position. */
  polesParTypeStatut: Array<ComptePoles>;
  /** Pôles rattachés au territoire mais sans position connue : exclus des comptes et des distances. */
  polesSansPosition: Scalars['Int']['output'];
  /** Population du territoire (référentiel), null si non renseignée. */
  population?: Maybe<Scalars['Int']['output']>;
  populationAnnee?: Maybe<Scalars['Int']['output']>;
  populationSource?: Maybe<Scalars['String']['output']>;
  rayonKm: Scalars['Float']['output'];
  /** Les statuts de pôles comptés comme présents pour les distances, l’association active et la population couverte (argument statutsPoles, ACTIF par défaut). */
  statutsPoles: Array<StatutPole>;
};

/** Ce dont la part est une part : emploi salarié total, emploi privé, ou autre total (libellé de la source dans `denominateurLibelle`). Deux parts ne se comparent qu’à dénominateur égal. */
export type DenominateurEmploi =
  | 'AUTRE'
  | 'EMPLOI_PRIVE'
  | 'EMPLOI_SALARIE_TOTAL';

/** Une densité de points agrégée sur une grille ou par territoire, pour deck.gl. */
export type Densite = {
  __typename?: 'Densite';
  cellules: Array<CelluleDensite>;
  couche: InfoCouche;
  grille: GrilleDensite;
  /** Comment les cellules sont calculées (et la source des points). */
  methode: Scalars['String']['output'];
  /** Taille des cellules en km (arête de l’hexagone, côté du carré). */
  tailleKm?: Maybe<Scalars['Float']['output']>;
  totalNombre: Scalars['Int']['output'];
  totalPoids: Scalars['Float']['output'];
};

/** Ce que représente chaque ligne. */
export type DimensionRepartition =
  | 'ANCIENNE_REGION'
  | 'ANNEE'
  | 'ANNEE_CREATION'
  | 'DEPARTEMENT'
  | 'FAMILLE'
  | 'PAYS'
  | 'REGION'
  | 'STATUT'
  | 'TYPE';

/** Distance au pôle le plus proche d'un type, parmi les statuts comptés (statutsPoles, ACTIF par défaut). */
export type DistanceType = {
  __typename?: 'DistanceType';
  /** En km, géodésique (sphère, à 0,5 % près de l’ellipsoïde) ; null quand aucun pôle de ce type et des statuts comptés n’a de position. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  type: TypePole;
};

/** Un document joint à la fiche (statuts, rapport…). */
export type DocumentJoint = {
  __typename?: 'DocumentJoint';
  lien?: Maybe<Scalars['String']['output']>;
  nom: Scalars['String']['output'];
};

export type DocumentJointInput = {
  lien?: InputMaybe<Scalars['String']['input']>;
  nom: Scalars['String']['input'];
};

/** Les champs de la fiche ; absent = inchangé, null = effacé (inconnu). */
export type DonneesPoleInput = {
  adherents?: InputMaybe<Scalars['String']['input']>;
  adresse?: InputMaybe<Scalars['String']['input']>;
  anneeStatut?: InputMaybe<Scalars['Int']['input']>;
  budget?: InputMaybe<Scalars['String']['input']>;
  codeCommuneSiege?: InputMaybe<Scalars['String']['input']>;
  contact?: InputMaybe<Scalars['String']['input']>;
  dateCreation?: InputMaybe<Scalars['String']['input']>;
  descriptionMonographie?: InputMaybe<Scalars['String']['input']>;
  documents?: InputMaybe<Array<DocumentJointInput>>;
  domaineActivite?: InputMaybe<Scalars['String']['input']>;
  enjeux?: InputMaybe<Scalars['String']['input']>;
  foncier?: InputMaybe<Scalars['String']['input']>;
  fonctions?: InputMaybe<Array<FonctionPole>>;
  monographie?: InputMaybe<Scalars['Boolean']['input']>;
  niveauStructuration?: InputMaybe<Scalars['Int']['input']>;
  nom?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  noteTypologie?: InputMaybe<Scalars['String']['input']>;
  objectifs?: InputMaybe<Scalars['String']['input']>;
  origine?: InputMaybe<Scalars['String']['input']>;
  pointsFaibles?: InputMaybe<Scalars['String']['input']>;
  pointsForts?: InputMaybe<Scalars['String']['input']>;
  /** Position explicite ; null = déduite de la commune siège ou du territoire d'action. */
  position?: InputMaybe<PointInput>;
  /** ADRESSE par défaut avec une position explicite. */
  precisionPosition?: InputMaybe<PrecisionPosition>;
  projets?: InputMaybe<Scalars['String']['input']>;
  realisations?: InputMaybe<Scalars['String']['input']>;
  remarques?: InputMaybe<Scalars['String']['input']>;
  reseau?: InputMaybe<Scalars['String']['input']>;
  salaries?: InputMaybe<Scalars['String']['input']>;
  siteWeb?: InputMaybe<Scalars['String']['input']>;
  /** Source des valeurs saisies (par défaut : le nom du jeton et la date). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Source champ par champ, prioritaire sur `source`. */
  sources?: InputMaybe<Array<SourceChampInput>>;
  statut?: InputMaybe<StatutPole>;
  statutJuridique?: InputMaybe<Scalars['String']['input']>;
  taille?: InputMaybe<Scalars['Int']['input']>;
  territoireAction?: InputMaybe<TerritoireActionInput>;
  type?: InputMaybe<TypePole>;
  typeSelonMonographie?: InputMaybe<TypePole>;
};

/** Un chiffre de l'emploi salarié dans l'ESS, tel qu'une source le donne pour un territoire et une année. Plusieurs chiffres peuvent coexister pour le même territoire et la même année (sources, champs ou dénominateurs différents) : ils ne sont jamais fusionnés. */
export type EmploiEss = {
  __typename?: 'EmploiEss';
  /** Année des données, ou de publication, ou déduite (voir `anneeNature`) ; null si la source n’en donne aucune. */
  annee?: Maybe<Scalars['Int']['output']>;
  anneeNature: NatureAnnee;
  /** Associations, dans l’unité `uniteFamilles`. */
  associations?: Maybe<Scalars['Float']['output']>;
  /** Vrai quand la source donne une valeur minimale (« plus de … ») : effectif et part sont des bornes inférieures. */
  borneInferieure: Scalars['Boolean']['output'];
  champ: ChampEss;
  code: Scalars['String']['output'];
  /** Coopératives, dans l’unité `uniteFamilles`. */
  cooperatives?: Maybe<Scalars['Float']['output']>;
  /** Le total dont `partEmploi` est une part ; null si non précisé. */
  denominateur?: Maybe<DenominateurEmploi>;
  /** Le dénominateur tel que la source le libelle. */
  denominateurLibelle?: Maybe<Scalars['String']['output']>;
  /** Nombre de salariés de l'ESS ; null si la source ne le donne pas. */
  effectifSalarie?: Maybe<Scalars['Int']['output']>;
  etablissements?: Maybe<Scalars['Int']['output']>;
  /** Fondations, dans l’unité `uniteFamilles`. */
  fondations?: Maybe<Scalars['Float']['output']>;
  id: Scalars['ID']['output'];
  /** Mutuelles, dans l’unité `uniteFamilles`. */
  mutuelles?: Maybe<Scalars['Float']['output']>;
  niveau: NiveauTerritorial;
  /** Le nom du territoire tel que la source le donne. */
  nom: Scalars['String']['output'];
  /** La note de la source, brute (approximations, champ, précisions). */
  note?: Maybe<Scalars['String']['output']>;
  /** Part de l'ESS en %, du total nommé par `denominateur`. */
  partEmploi?: Maybe<Scalars['Float']['output']>;
  source: SourceEmploi;
  /** Vrai quand la valeur a été lue dans une source secondaire (presse, blog, reprise) et non dans la publication d’origine. */
  sourceSecondaire: Scalars['Boolean']['output'];
  /** Unité de l’effectif et de la part : salariés ou équivalents temps plein. */
  uniteEffectif: UniteEffectif;
  /** Effectifs ou parts (%) ; null quand aucune famille n’est renseignée. */
  uniteFamilles?: Maybe<UniteFamilles>;
};

/** Le chiffre de l'emploi ESS d'un territoire comme la fiche de l'étude le présente. */
export type EmploiEssFiche = {
  __typename?: 'EmploiEssFiche';
  /** Le chiffre utilisé : le plus récent (à année égale : emploi salarié total, puis effectif connu). */
  emploi: EmploiEss;
  /** « N emplois dans l'économie sociale et solidaire, soit X % des effectifs salariés … » ; dit « non renseigné » plutôt que d'inventer un nombre. */
  texte: Scalars['String']['output'];
  /** La répartition par famille, phrasée selon son unité ; null si inconnue. */
  texteFamilles?: Maybe<Scalars['String']['output']>;
  /** La source et l’année des données, en une ligne. */
  texteSource: Scalars['String']['output'];
};

/** Filtres combinés (ET) ; dans une liste, une valeur suffit (OU). */
export type FiltrePoles = {
  autourDe?: InputMaybe<AutourDe>;
  bbox?: InputMaybe<Bbox>;
  /** Pôles situés dans ce territoire (tout niveau). */
  dans?: InputMaybe<TerritoireRef>;
  /** Pôles ayant au moins une de ces fonctions. */
  fonctions?: InputMaybe<Array<FonctionPole>>;
  /** Recherche dans le nom et le territoire, sans accents ni casse. */
  recherche?: InputMaybe<Scalars['String']['input']>;
  statuts?: InputMaybe<Array<StatutPole>>;
  types?: InputMaybe<Array<TypePole>>;
};

/** Fonctions d'un pôle selon la typologie de l'étude. */
export type FonctionPole =
  | 'APPUI_COLLECTIVITES'
  | 'CENTRE_RESSOURCE'
  | 'COOPERATION_ACTEURS'
  | 'ESPACE_GRAND_PUBLIC'
  | 'HEBERGEMENT'
  | 'SENSIBILISATION_PROMOTION';

/** CSV (UTF-8 avec BOM, « ; ») ou GeoJSON. */
export type FormatExport =
  | 'CSV'
  | 'GEOJSON';

/** Contour officiel importé (source nommée) ou contour approximatif reconstruit, à signaler comme tel. */
export type GeometrieSource =
  | 'APPROXIMATIVE'
  | 'OFFICIELLE';

/** Hexagones ou carrés en Lambert-93 (mêmes cellules que ST_HexagonGrid / ST_SquareGrid), ou territoires d’un niveau. */
export type GrilleDensite =
  | 'CARRE'
  | 'HEXAGONE'
  | 'TERRITOIRE';

/** Indicateurs cartographiables. PART_EMPLOI_ESS : part la plus récente dont le dénominateur est l’emploi salarié total (les autres dénominateurs sont écartés pour rester comparables). */
export type IndicateurCarte =
  | 'DENSITE_POPULATION'
  | 'NOMBRE_POLES'
  | 'PART_EMPLOI_ESS'
  | 'PART_POPULATION_COUVERTE'
  | 'POLES_POUR_100000_HABITANTS'
  | 'POPULATION';

/** Indicateurs comparables côte à côte. */
export type IndicateurComparaison =
  | 'ASSOCIATION_DEVELOPPEMENT_ACTIVE'
  | 'DENSITE_POPULATION'
  | 'EMPLOI_ESS_EFFECTIF'
  | 'EMPLOI_ESS_PART'
  | 'PART_POPULATION_COUVERTE'
  | 'POLES_ASSOCIATION_DEVELOPPEMENT'
  | 'POLES_CENTRE_MULTIFONCTION'
  | 'POLES_ESPACE_HEBERGEMENT'
  | 'POPULATION'
  | 'SUPERFICIE';

/** La couche agrégée : son nom, sa source, et si elle est synthétique. */
export type InfoCouche = {
  __typename?: 'InfoCouche';
  nom: Scalars['String']['output'];
  /** Nombre de points (couches importées). */
  nombrePoints?: Maybe<Scalars['Int']['output']>;
  source: Scalars['String']['output'];
  /** Vrai pour une couche de points synthétiques (à signaler partout où elle est montrée). */
  synthetique: Scalars['Boolean']['output'];
};

/** Une ligne de graphique : une clé, un libellé, une valeur par série. */
export type LigneRepartition = {
  __typename?: 'LigneRepartition';
  /** Clé stable (code, valeur d’enum, année) ; « NON_RENSEIGNE » pour l’inconnu. */
  cle: Scalars['String']['output'];
  libelle: Scalars['String']['output'];
  /** Source propre à la ligne (emploi ESS). */
  source?: Maybe<Scalars['String']['output']>;
  total: Scalars['Float']['output'];
  valeurs: Array<ValeurSerie>;
};

/** NOMBRE_POLES : pôles comptés (séries = types, ou statuts par TYPE) ; EMPLOI_ESS : emploi ESS du territoire `dans` (FAMILLE ou ANNEE). */
export type MesureRepartition =
  | 'EMPLOI_ESS'
  | 'NOMBRE_POLES';

/** Quantiles (effectifs égaux), intervalles égaux, ou seuils naturels de Jenks (ckmeans). */
export type MethodeClassification =
  | 'EGAUX'
  | 'JENKS'
  | 'QUANTILES';

/** Une écriture sur un pôle : qui (nom du jeton), quoi (valeurs avant / après), quand. */
export type ModificationPole = {
  __typename?: 'ModificationPole';
  /** CREATION, MODIFICATION, SUPPRESSION, RESTAURATION ou IMPORT. */
  action: Scalars['String']['output'];
  auteur?: Maybe<Scalars['String']['output']>;
  /** Champ → { avant, apres }. */
  changements: Scalars['JSONObject']['output'];
  le: Scalars['DateTimeISO']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Crée un pôle (éditeur ; un éditeur régional seulement dans sa région). */
  creerPole: Pole;
  /** Modifie un pôle ; `version` est celle lue (CONFLICT si elle a changé entre-temps). */
  modifierPole: Pole;
  /** Restaure un pôle supprimé. */
  restaurerPole: Pole;
  /** Supprime un pôle (masqué, restaurable). */
  supprimerPole: Pole;
};


export type MutationCreerPoleArgs = {
  donnees: DonneesPoleInput;
};


export type MutationModifierPoleArgs = {
  donnees: DonneesPoleInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRestaurerPoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSupprimerPoleArgs = {
  id: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Ce que vaut `annee` : DONNEES = année des données ; PUBLICATION = année de publication, la source ne donnant pas le millésime ; DEDUITE = déduite (la note dit comment) ; INCONNUE = aucune année lisible (`annee` null). */
export type NatureAnnee =
  | 'DEDUITE'
  | 'DONNEES'
  | 'INCONNUE'
  | 'PUBLICATION';

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

/** Le périmètre d'un chiffre de l'étude, comme territoire du référentiel. */
export type PerimetreEtude = {
  __typename?: 'PerimetreEtude';
  code: Scalars['String']['output'];
  /** La Bretagne de l'étude (vers 2010) est l'ancienne région 53. */
  niveau: NiveauTerritorial;
};

/** Longitude et latitude WGS 84. */
export type PointInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
};

/** Un pôle de développement de l'ESS (une fiche de l'étude ou un pôle ajouté depuis). */
export type Pole = {
  __typename?: 'Pole';
  adherents?: Maybe<Scalars['String']['output']>;
  adresse?: Maybe<Scalars['String']['output']>;
  /** Année d'ouverture prévue (projet) ou de fermeture, si connue. */
  anneeStatut?: Maybe<Scalars['Int']['output']>;
  budget?: Maybe<Scalars['String']['output']>;
  /** Code INSEE de la commune siège. */
  codeCommuneSiege?: Maybe<Scalars['String']['output']>;
  /** La commune siège, si connue. */
  communeSiege?: Maybe<Territoire>;
  contact?: Maybe<Scalars['String']['output']>;
  creeLe: Scalars['DateTimeISO']['output'];
  /** Année (AAAA) ou date (AAAA-MM-JJ) de création. */
  dateCreation?: Maybe<Scalars['String']['output']>;
  descriptionMonographie?: Maybe<Scalars['String']['output']>;
  documents: Array<DocumentJoint>;
  domaineActivite?: Maybe<Scalars['String']['output']>;
  /** Enjeux pour l'avenir. */
  enjeux?: Maybe<Scalars['String']['output']>;
  foncier?: Maybe<Scalars['String']['output']>;
  fonctions: Array<FonctionPole>;
  /** Historique des écritures (éditeurs seulement). */
  historique: Array<ModificationPole>;
  id: Scalars['ID']['output'];
  modifieLe: Scalars['DateTimeISO']['output'];
  /** L'étude a consacré une monographie à ce pôle. */
  monographie: Scalars['Boolean']['output'];
  /** Niveau de structuration, de 1 à 5. */
  niveauStructuration?: Maybe<Scalars['Int']['output']>;
  nom: Scalars['String']['output'];
  /** Note de transcription (écarts entre sources, précisions). */
  note?: Maybe<Scalars['String']['output']>;
  /** Note sur la typologie (lectures divergentes de l’étude). */
  noteTypologie?: Maybe<Scalars['String']['output']>;
  objectifs?: Maybe<Scalars['String']['output']>;
  origine?: Maybe<Scalars['String']['output']>;
  /** Pôle physique (avec locaux) : faux pour une association de développement. */
  physique: Scalars['Boolean']['output'];
  pointsFaibles?: Maybe<Scalars['String']['output']>;
  pointsForts?: Maybe<Scalars['String']['output']>;
  /** Point GeoJSON (WGS 84) ; null quand le lieu est inconnu. */
  position?: Maybe<Scalars['GeoJSON']['output']>;
  /** Vrai quand la position est déduite d'un territoire (commune siège ou territoire d'action). */
  positionDerivee: Scalars['Boolean']['output'];
  precisionPosition?: Maybe<PrecisionPosition>;
  /** Actions en projet. */
  projets?: Maybe<Scalars['String']['output']>;
  realisations?: Maybe<Scalars['String']['output']>;
  remarques?: Maybe<Scalars['String']['output']>;
  reseau?: Maybe<Scalars['String']['output']>;
  salaries?: Maybe<Scalars['String']['output']>;
  siteWeb?: Maybe<Scalars['String']['output']>;
  /** Clé stable (imports idempotents), dérivée du nom. */
  slug: Scalars['String']['output'];
  /** Source de la fiche (par défaut de chaque valeur). */
  source?: Maybe<Scalars['String']['output']>;
  /** Source de chaque valeur renseignée de la fiche. */
  sources: Array<SourceChamp>;
  statut: StatutPole;
  statutJuridique?: Maybe<Scalars['String']['output']>;
  /** Date de suppression (pôle masqué, restaurable). */
  supprimeLe?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Taille du pôle, de 1 à 5. */
  taille?: Maybe<Scalars['Int']['output']>;
  /** Le territoire de ce niveau qui contient le pôle. */
  territoire?: Maybe<Territoire>;
  /** Le territoire d'action tel que l'étude le nomme. */
  territoireAction?: Maybe<TerritoireAction>;
  /** Les territoires qui contiennent le pôle (commune, EPCI, Pays, département, région, ancienne région, France). */
  territoires: Array<Territoire>;
  /** Le type tel que l'étude le donne dans sa liste des fiches. */
  type: TypePole;
  /** Le type selon la monographie de l'étude, quand il y en a une (peut différer de `type`). */
  typeSelonMonographie?: Maybe<TypePole>;
  /** Version, à renvoyer à `modifierPole` (verrou optimiste). */
  version: Scalars['Int']['output'];
};


/** Un pôle de développement de l'ESS (une fiche de l'étude ou un pôle ajouté depuis). */
export type PoleTerritoireArgs = {
  niveau: NiveauTerritorial;
};

/** Liste paginée de Pole. */
export type PoleConnection = {
  __typename?: 'PoleConnection';
  edges: Array<PoleEdge>;
  nodes: Array<Pole>;
  pageInfo: PageInfo;
  /** Nombre total d’éléments, toutes pages confondues. */
  totalCount: Scalars['Int']['output'];
};

/** Un pôle dont le territoire d'action couvre le territoire. */
export type PoleCouvrant = {
  __typename?: 'PoleCouvrant';
  id: Scalars['ID']['output'];
  nom: Scalars['String']['output'];
  /** TERRITOIRE : le territoire d'action est ce territoire ; ENGLOBANT : il le contient ; MEMBRE : il en fait partie. */
  relation: Scalars['String']['output'];
  statut: StatutPole;
  /** Le territoire d'action tel que la fiche le nomme. */
  territoireAction: Scalars['String']['output'];
  type: TypePole;
};

export type PoleEdge = {
  __typename?: 'PoleEdge';
  cursor: Scalars['String']['output'];
  node: Pole;
};

/** Précision du contour : complète, moyenne (carte régionale), basse (carte de France). */
export type PrecisionGeometrie =
  | 'BASSE'
  | 'COMPLETE'
  | 'MOYENNE';

/** Précision de la position : à l'adresse, au centre de la commune, ou au centre du territoire (approximative). */
export type PrecisionPosition =
  | 'ADRESSE'
  | 'COMMUNE'
  | 'TERRITOIRE';

export type Query = {
  __typename?: 'Query';
  /** Une couche de carte : FeatureCollection des territoires d’un niveau (propriétés code, nom, geometrieSource, population). */
  carteTerritoires: Scalars['GeoJSON']['output'];
  /** Les chiffres agrégés de l'étude fondatrice (63 pôles + 12 projets, 39 fiches…). */
  chiffresEtude: Array<ChiffreEtude>;
  /** Classes d’une carte choroplèthe (bornes + valeur et classe de chaque territoire), calculées sur le serveur. */
  classes: Classes;
  /** 2 à 6 territoires côte à côte, englobants aux niveaux `parents` compris (un Pays face à sa région et à la France), chaque valeur avec sa source et son année. */
  comparer: Array<ComparaisonTerritoire>;
  /** Les couches de points importées (`pnpm import:points`), avec leur source ; les synthétiques le disent. */
  couchesPoints: Array<InfoCouche>;
  /** La couverture de chaque territoire d’un niveau (par ex. les Pays de la région 53) par les pôles : pôles situés, pôles couvrants, distances, population couverte, emploi ESS. Calculée en une requête SQL. */
  couverture: Array<CouvertureTerritoire>;
  /** Densité d’une couche de points sur une grille (hexagones ou carrés en Lambert-93) ou par territoire, avec nombres et poids, pour deck.gl. Une couche synthétique le dit (`couche.synthetique`). */
  densite: Densite;
  /** Chiffres de l'emploi ESS, chacun avec sa source. Plusieurs chiffres d'un même territoire et d'une même année coexistent : filtrez par `denominateur` pour comparer ce qui est comparable. */
  emploisEss: Array<EmploiEss>;
  /** Export de la liste filtrée : CSV (UTF-8 avec BOM, « ; », colonnes de l’import) ou GeoJSON (FeatureCollection). */
  exportPoles: Scalars['String']['output'];
  /** Un pôle par son identifiant (null si inconnu ou supprimé). */
  pole?: Maybe<Pole>;
  /** Les pôles, filtrés, triés et paginés (100 au plus par page). */
  poles: PoleConnection;
  /** Répartitions pour graphiques : pôles par territoire, type, statut, année de création ; emploi ESS par famille ou par année. */
  repartition: Repartition;
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


export type QueryClassesArgs = {
  dans?: InputMaybe<TerritoireRef>;
  indicateur: IndicateurCarte;
  methode?: MethodeClassification;
  niveau: NiveauTerritorial;
  nombre?: Scalars['Int']['input'];
  statutsPoles?: InputMaybe<Array<StatutPole>>;
};


export type QueryComparerArgs = {
  indicateurs?: InputMaybe<Array<IndicateurComparaison>>;
  parents?: InputMaybe<Array<NiveauTerritorial>>;
  rayonKm?: Scalars['Float']['input'];
  statutsPoles?: InputMaybe<Array<StatutPole>>;
  territoires: Array<TerritoireRef>;
};


export type QueryCouvertureArgs = {
  dans?: InputMaybe<TerritoireRef>;
  niveau: NiveauTerritorial;
  rayonKm?: Scalars['Float']['input'];
  statutsPoles?: InputMaybe<Array<StatutPole>>;
};


export type QueryDensiteArgs = {
  avecPolygones?: Scalars['Boolean']['input'];
  bbox?: InputMaybe<Bbox>;
  couche: CoucheDensite;
  dans?: InputMaybe<TerritoireRef>;
  grille?: GrilleDensite;
  niveau?: InputMaybe<NiveauTerritorial>;
  nomCouche?: InputMaybe<Scalars['String']['input']>;
  taille?: Scalars['Float']['input'];
};


export type QueryEmploisEssArgs = {
  annee?: InputMaybe<Scalars['Int']['input']>;
  champ?: InputMaybe<ChampEss>;
  dans?: InputMaybe<TerritoireRef>;
  denominateur?: InputMaybe<DenominateurEmploi>;
  dernier?: Scalars['Boolean']['input'];
  niveau?: InputMaybe<NiveauTerritorial>;
};


export type QueryExportPolesArgs = {
  filtre?: InputMaybe<FiltrePoles>;
  format: FormatExport;
  tri?: InputMaybe<TriPoles>;
};


export type QueryPoleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filtre?: InputMaybe<FiltrePoles>;
  first?: InputMaybe<Scalars['Int']['input']>;
  tri?: InputMaybe<TriPoles>;
};


export type QueryRepartitionArgs = {
  dans?: InputMaybe<TerritoireRef>;
  filtre?: InputMaybe<FiltrePoles>;
  mesure: MesureRepartition;
  par: DimensionRepartition;
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

/** Une répartition prête pour un graphique, avec sa source. */
export type Repartition = {
  __typename?: 'Repartition';
  lignes: Array<LigneRepartition>;
  series: Array<SerieRepartition>;
  /** Source et méthode de la répartition. */
  source: Scalars['String']['output'];
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

export type SerieRepartition = {
  __typename?: 'SerieRepartition';
  cle: Scalars['String']['output'];
  libelle: Scalars['String']['output'];
};

/** La somme des parties d'un total de l'étude, comparée au total qu'elle annonce. L'écart est celui de l'étude elle-même : il est constaté, pas corrigé. */
export type SommeEtude = {
  __typename?: 'SommeEtude';
  /** Somme des parties moins le total annoncé (négatif : les parties en comptent moins). */
  ecart: Scalars['Int']['output'];
  /** L'écart dit en français, avec le détail de l'addition. */
  explication: Scalars['String']['output'];
  /** Les indicateurs additionnés (un par type de pôle). */
  parties: Array<Scalars['String']['output']>;
  sommeDesParties: Scalars['Int']['output'];
};

/** La source d'une valeur de la fiche. */
export type SourceChamp = {
  __typename?: 'SourceChamp';
  /** Nom du champ GraphQL (ex. « statut », « siteWeb »). */
  champ: Scalars['String']['output'];
  source: Scalars['String']['output'];
};

export type SourceChampInput = {
  champ: Scalars['String']['input'];
  source: Scalars['String']['input'];
};

/** La source d'un chiffre, telle que la citation la donne ; ce qu'elle ne dit pas reste null. */
export type SourceEmploi = {
  __typename?: 'SourceEmploi';
  /** L'année de publication, quand la citation la donne. */
  annee?: Maybe<Scalars['Int']['output']>;
  /** L'éditeur, quand la citation le nomme. */
  editeur?: Maybe<Scalars['String']['output']>;
  /** Un lien écrit dans la citation elle-même. */
  lien?: Maybe<Scalars['String']['output']>;
  /** La citation complète, telle que transcrite. */
  titre: Scalars['String']['output'];
  /** L'adresse où la valeur a été lue (à montrer comme lien) ; à défaut le lien de la citation. */
  url?: Maybe<Scalars['String']['output']>;
};

/** Actif, en projet, fermé, ou inconnu. */
export type StatutPole =
  | 'ACTIF'
  | 'FERME'
  | 'INCONNU'
  | 'PROJET';

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
  /** Le chiffre le plus récent, phrasé comme la fiche de l'étude (« N emplois dans l'économie sociale et solidaire, soit X % des effectifs salariés … »), avec sa source ; null si aucun chiffre. */
  emploiEssFiche?: Maybe<EmploiEssFiche>;
  /** Les chiffres de l'emploi ESS de ce territoire, par année, chacun avec sa source (jamais fusionnés). */
  emploisEss: Array<EmploiEss>;
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
  /** Les pôles situés dans ce territoire (filtrables, paginés). */
  poles: PoleConnection;
  /** Population (null = non renseignée). */
  population?: Maybe<Scalars['Int']['output']>;
  /** Année de référence de la population, null quand la source ne la précise pas. */
  populationAnnee?: Maybe<Scalars['Int']['output']>;
  populationSource?: Maybe<Scalars['String']['output']>;
  /** Superficie en km², calculée sur le contour (approximative quand geometrieSource = APPROXIMATIVE) ; null sans contour. */
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
export type TerritoireEmploisEssArgs = {
  annee?: InputMaybe<Scalars['Int']['input']>;
  champ?: InputMaybe<ChampEss>;
  denominateur?: InputMaybe<DenominateurEmploi>;
  dernier?: Scalars['Boolean']['input'];
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


/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type TerritoirePolesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filtre?: InputMaybe<FiltrePoles>;
  first?: InputMaybe<Scalars['Int']['input']>;
  tri?: InputMaybe<TriPoles>;
};

/** Le territoire d'action tel que l'étude le nomme : un territoire officiel (niveau + code) ou un libellé libre (« montagne limousine »). */
export type TerritoireAction = {
  __typename?: 'TerritoireAction';
  code?: Maybe<Scalars['String']['output']>;
  /** Le libellé tel que cité (ex. « Pays de St Malo », « pays angevin »). */
  libelle: Scalars['String']['output'];
  /** Null quand ce n'est pas un niveau officiel. */
  niveau?: Maybe<NiveauTerritorial>;
  /** Le territoire officiel, quand il en est un. */
  territoire?: Maybe<Territoire>;
};

/** Territoire d'action : niveau + code officiels, ou libellé seul. */
export type TerritoireActionInput = {
  code?: InputMaybe<Scalars['String']['input']>;
  libelle: Scalars['String']['input'];
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

/** Ordre de la liste (DISTANCE : du plus proche au plus lointain, avec le filtre autourDe). */
export type TriPoles =
  | 'DISTANCE'
  | 'MODIFIE_LE'
  | 'NOM'
  | 'STATUT'
  | 'TYPE';

/** Typologie de l'étude : association de développement (sans locaux), espace d'hébergement, centre multifonction. */
export type TypePole =
  | 'ASSOCIATION_DEVELOPPEMENT'
  | 'CENTRE_MULTIFONCTION'
  | 'ESPACE_HEBERGEMENT';

/** Ce que compte un chiffre de l'étude : des pôles, des projets, des régions, des fiches, des monographies, ou une mesure (pourcentage, surface en m²). */
export type UniteChiffreEtude =
  | 'FICHES'
  | 'M2'
  | 'MONOGRAPHIES'
  | 'POLES'
  | 'POURCENT'
  | 'PROJETS'
  | 'REGIONS';

/** Unité de `effectifSalarie` (et de la part) : POSTES = salariés (têtes), EQTP = équivalents temps plein. Deux unités différentes ne se comparent pas. */
export type UniteEffectif =
  | 'EQTP'
  | 'POSTES';

/** Unité de la répartition par famille : EFFECTIF = nombre de salariés, PART_EFFECTIF = part des emplois de l’ESS en %. */
export type UniteFamilles =
  | 'EFFECTIF'
  | 'PART_EFFECTIF';

/** Une valeur d’indicateur avec sa source, son année et sa méthode. */
export type ValeurIndicateur = {
  __typename?: 'ValeurIndicateur';
  annee?: Maybe<Scalars['Int']['output']>;
  /** Ce qui limite la comparaison de cet indicateur entre les territoires (par exemple des années différentes) ; null sinon. */
  avertissement?: Maybe<Scalars['String']['output']>;
  /** Pour l'emploi ESS : le chiffre retenu, avec ce qu'il vaut (nature de l'année, unité, borne, source secondaire) et sa source. */
  emploi?: Maybe<EmploiEss>;
  indicateur: IndicateurComparaison;
  /** Comment la valeur est obtenue. */
  methode: Scalars['String']['output'];
  /** La source de la valeur. */
  source?: Maybe<Scalars['String']['output']>;
  /** La valeur écrite en français (fr-FR), « non renseigné » si inconnue. */
  texte: Scalars['String']['output'];
  /** L'adresse de la source, à montrer comme lien, quand elle est connue. */
  url?: Maybe<Scalars['String']['output']>;
  /** null = non renseigné. */
  valeur?: Maybe<Scalars['Float']['output']>;
};

export type ValeurSerie = {
  __typename?: 'ValeurSerie';
  serie: Scalars['String']['output'];
  valeur?: Maybe<Scalars['Float']['output']>;
};

export type ValeurTerritoire = {
  __typename?: 'ValeurTerritoire';
  /** Année de la valeur quand elle en a une. */
  annee?: Maybe<Scalars['Int']['output']>;
  /** Indice de classe (0 = la plus basse), null sans valeur. */
  classe?: Maybe<Scalars['Int']['output']>;
  code: Scalars['String']['output'];
  nom: Scalars['String']['output'];
  /** Source de la valeur quand elle vient d’une source propre au territoire. */
  source?: Maybe<Scalars['String']['output']>;
  /** L'adresse de cette source, à montrer comme lien, quand elle est connue. */
  url?: Maybe<Scalars['String']['output']>;
  /** null = non renseigné (hors classes). */
  valeur?: Maybe<Scalars['Float']['output']>;
};

export type HealthBadgeQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthBadgeQuery = { __typename?: 'Query', sante: { __typename?: 'Sante', statut: string, backend: BackendBase, versionPostgis?: string | null } };

export type BretagnePage_CouvertureFragment = { __typename?: 'CouvertureTerritoire', code: string, nom: string, population?: number | null, associationDeveloppementActive: boolean, distanceMoyennePonderee?: number | null, partPopulationCouverte?: number | null, rayonKm: number, nombrePoles: number, polesSansPosition: number, distancesPoleActif: Array<{ __typename?: 'DistanceType', type: TypePole, distanceKm?: number | null }>, polesParTypeStatut: Array<{ __typename?: 'ComptePoles', type: TypePole, statut: StatutPole, nombre: number }>, polesCouvrants: Array<{ __typename?: 'PoleCouvrant', id: string, nom: string, type: TypePole, statut: StatutPole }>, emploiEss?: { __typename?: 'EmploiEss', annee?: number | null, effectifSalarie?: number | null, partEmploi?: number | null, source: { __typename?: 'SourceEmploi', titre: string, annee?: number | null } } | null };

export type BretagnePageQueryVariables = Exact<{
  rayonKm: Scalars['Float']['input'];
  statutsPoles?: InputMaybe<Array<StatutPole> | StatutPole>;
}>;


export type BretagnePageQuery = { __typename?: 'Query', carteTerritoires: GeoJSON.GeoJsonObject, couverture: Array<{ __typename?: 'CouvertureTerritoire', code: string, nom: string, population?: number | null, associationDeveloppementActive: boolean, distanceMoyennePonderee?: number | null, partPopulationCouverte?: number | null, rayonKm: number, nombrePoles: number, polesSansPosition: number, distancesPoleActif: Array<{ __typename?: 'DistanceType', type: TypePole, distanceKm?: number | null }>, polesParTypeStatut: Array<{ __typename?: 'ComptePoles', type: TypePole, statut: StatutPole, nombre: number }>, polesCouvrants: Array<{ __typename?: 'PoleCouvrant', id: string, nom: string, type: TypePole, statut: StatutPole }>, emploiEss?: { __typename?: 'EmploiEss', annee?: number | null, effectifSalarie?: number | null, partEmploi?: number | null, source: { __typename?: 'SourceEmploi', titre: string, annee?: number | null } } | null }>, poles: { __typename?: 'PoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, position?: GeoJSON.GeoJsonObject | null, positionDerivee: boolean }> }, chiffresEtude: Array<{ __typename?: 'ChiffreEtude', indicateur: string, perimetre: string, valeur: number, source: string }> };

export type CartePage_TerritoiresQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  precision?: InputMaybe<PrecisionGeometrie>;
}>;


export type CartePage_TerritoiresQuery = { __typename?: 'Query', carteTerritoires: GeoJSON.GeoJsonObject };

export type CartePage_PolesQueryVariables = Exact<{
  filtre?: InputMaybe<FiltrePoles>;
}>;


export type CartePage_PolesQuery = { __typename?: 'Query', poles: { __typename?: 'PoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, position?: GeoJSON.GeoJsonObject | null, positionDerivee: boolean }> } };

export type CartePage_ClassesQueryVariables = Exact<{
  indicateur: IndicateurCarte;
  niveau: NiveauTerritorial;
  methode: MethodeClassification;
  nombre: Scalars['Int']['input'];
}>;


export type CartePage_ClassesQuery = { __typename?: 'Query', classes: { __typename?: 'Classes', bornes: Array<number>, methode: string, disponibilite?: string | null, valeurs: Array<{ __typename?: 'ValeurTerritoire', code: string, valeur?: number | null, classe?: number | null, annee?: number | null, source?: string | null }> } };

export type ComparerPageQueryVariables = Exact<{
  territoires: Array<TerritoireRef> | TerritoireRef;
}>;


export type ComparerPageQuery = { __typename?: 'Query', comparer: Array<{ __typename?: 'ComparaisonTerritoire', niveau: NiveauTerritorial, code: string, nom: string, parent: boolean, valeurs: Array<{ __typename?: 'ValeurIndicateur', indicateur: IndicateurComparaison, valeur?: number | null, texte: string, annee?: number | null, source?: string | null, methode: string }> }> };

export type ComparerTable_TerritoireFragment = { __typename?: 'ComparaisonTerritoire', niveau: NiveauTerritorial, code: string, nom: string, parent: boolean, valeurs: Array<{ __typename?: 'ValeurIndicateur', indicateur: IndicateurComparaison, valeur?: number | null, texte: string, annee?: number | null, source?: string | null, methode: string }> };

export type DynamiquesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DynamiquesPageQuery = { __typename?: 'Query', chiffresEtude: Array<{ __typename?: 'ChiffreEtude', indicateur: string, perimetre: string, valeur: number, unite: string, note?: string | null, source: string }>, typesParRegion: { __typename?: 'Repartition', source: string, lignes: Array<{ __typename?: 'LigneRepartition', cle: string, libelle: string, total: number, valeurs: Array<{ __typename?: 'ValeurSerie', serie: string, valeur?: number | null }> }> }, poles: { __typename?: 'PoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, dateCreation?: string | null, ancienneRegion?: { __typename?: 'Territoire', code: string, nom: string } | null }> } };

export type FicheActions_PoleFragment = { __typename?: 'Pole', objectifs?: string | null, realisations?: string | null, projets?: string | null };

export type FicheBilan_PoleFragment = { __typename?: 'Pole', pointsForts?: string | null, pointsFaibles?: string | null, remarques?: string | null, enjeux?: string | null };

export type FicheChiffresCles_TerritoireFragment = { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string } | null };

export type FicheChiffresCles_PoleFragment = { __typename?: 'Pole', territoireAction?: { __typename?: 'TerritoireAction', libelle: string, territoire?: { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string } | null } | null } | null, region?: { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string } | null } | null };

export type FicheContact_PoleFragment = { __typename?: 'Pole', contact?: string | null, adresse?: string | null, siteWeb?: string | null, communeSiege?: { __typename?: 'Territoire', code: string, nom: string } | null };

export type FicheDocuments_PoleFragment = { __typename?: 'Pole', monographie: boolean, descriptionMonographie?: string | null, documents: Array<{ __typename?: 'DocumentJoint', nom: string, lien?: string | null }> };

export type FicheIdentite_PoleFragment = { __typename?: 'Pole', type: TypePole, typeSelonMonographie?: TypePole | null, noteTypologie?: string | null, physique: boolean, dateCreation?: string | null, origine?: string | null, adherents?: string | null, statutJuridique?: string | null, salaries?: string | null, foncier?: string | null, budget?: string | null, domaineActivite?: string | null, reseau?: string | null, fonctions: Array<FonctionPole>, taille?: number | null, niveauStructuration?: number | null, territoireAction?: { __typename?: 'TerritoireAction', libelle: string } | null };

export type FicheMiniMap_PoleFragment = { __typename?: 'Pole', nom: string, type: TypePole, position?: GeoJSON.GeoJsonObject | null, precisionPosition?: PrecisionPosition | null, territoireAction?: { __typename?: 'TerritoireAction', territoire?: { __typename?: 'Territoire', nom: string, geometrieSource: GeometrieSource, geometrie?: GeoJSON.GeoJsonObject | null } | null } | null, communeSiege?: { __typename?: 'Territoire', nom: string, geometrieSource: GeometrieSource, geometrie?: GeoJSON.GeoJsonObject | null } | null };

export type PoleFicheQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PoleFicheQuery = { __typename?: 'Query', pole?: { __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, anneeStatut?: number | null, source?: string | null, modifieLe: string, contact?: string | null, adresse?: string | null, siteWeb?: string | null, typeSelonMonographie?: TypePole | null, noteTypologie?: string | null, physique: boolean, dateCreation?: string | null, origine?: string | null, adherents?: string | null, statutJuridique?: string | null, salaries?: string | null, foncier?: string | null, budget?: string | null, domaineActivite?: string | null, reseau?: string | null, fonctions: Array<FonctionPole>, taille?: number | null, niveauStructuration?: number | null, objectifs?: string | null, realisations?: string | null, projets?: string | null, pointsForts?: string | null, pointsFaibles?: string | null, remarques?: string | null, enjeux?: string | null, monographie: boolean, descriptionMonographie?: string | null, position?: GeoJSON.GeoJsonObject | null, precisionPosition?: PrecisionPosition | null, sources: Array<{ __typename?: 'SourceChamp', champ: string, source: string }>, communeSiege?: { __typename?: 'Territoire', code: string, nom: string, geometrieSource: GeometrieSource, geometrie?: GeoJSON.GeoJsonObject | null } | null, territoireAction?: { __typename?: 'TerritoireAction', libelle: string, territoire?: { __typename?: 'Territoire', nom: string, geometrieSource: GeometrieSource, geometrie?: GeoJSON.GeoJsonObject | null, code: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string } | null } | null } | null, region?: { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string } | null } | null, documents: Array<{ __typename?: 'DocumentJoint', nom: string, lien?: string | null }> } | null };

export type PolesPageQueryVariables = Exact<{
  filtre?: InputMaybe<FiltrePoles>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type PolesPageQuery = { __typename?: 'Query', poles: { __typename?: 'PoleConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, anneeStatut?: number | null, position?: GeoJSON.GeoJsonObject | null, precisionPosition?: PrecisionPosition | null, territoireAction?: { __typename?: 'TerritoireAction', libelle: string } | null, communeSiege?: { __typename?: 'Territoire', code: string, nom: string } | null, pays?: { __typename?: 'Territoire', code: string, nom: string } | null, region?: { __typename?: 'Territoire', code: string, nom: string } | null, ancienneRegion?: { __typename?: 'Territoire', code: string, nom: string } | null }> } };

export type PolesTable_PoleFragment = { __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, anneeStatut?: number | null, position?: GeoJSON.GeoJsonObject | null, precisionPosition?: PrecisionPosition | null, territoireAction?: { __typename?: 'TerritoireAction', libelle: string } | null, communeSiege?: { __typename?: 'Territoire', code: string, nom: string } | null, pays?: { __typename?: 'Territoire', code: string, nom: string } | null, region?: { __typename?: 'Territoire', code: string, nom: string } | null, ancienneRegion?: { __typename?: 'Territoire', code: string, nom: string } | null };

export type TerritoireNomQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  code: Scalars['String']['input'];
}>;


export type TerritoireNomQuery = { __typename?: 'Query', territoire?: { __typename?: 'Territoire', nom: string } | null };

export type TerritoireEmploi_TerritoireFragment = { __typename?: 'Territoire', emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string } | null, emploisEss: Array<{ __typename?: 'EmploiEss', annee?: number | null, effectifSalarie?: number | null, partEmploi?: number | null, denominateurLibelle?: string | null, champ: ChampEss, associations?: number | null, cooperatives?: number | null, mutuelles?: number | null, fondations?: number | null, uniteFamilles?: UniteFamilles | null, anneeNature: NatureAnnee, uniteEffectif: UniteEffectif, borneInferieure: boolean, sourceSecondaire: boolean, source: { __typename?: 'SourceEmploi', titre: string, editeur?: string | null, annee?: number | null, url?: string | null } }> };

export type TerritoireIdentite_TerritoireFragment = { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, population?: number | null, populationAnnee?: number | null, populationSource?: string | null, superficieKm2?: number | null, geometrieSource: GeometrieSource, geometrieSourceNom?: string | null, imbrique: boolean, niveauxNonImbriques: Array<NiveauTerritorial> };

export type TerritoireLiens_TerritoireFragment = { __typename?: 'Territoire', code: string, niveau: NiveauTerritorial, parents: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }>, membres?: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }> } };

export type TerritoirePageQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  code: Scalars['String']['input'];
  niveauMembres: NiveauTerritorial;
  avecMembres: Scalars['Boolean']['input'];
  precision: PrecisionGeometrie;
}>;


export type TerritoirePageQuery = { __typename?: 'Query', carteTerritoires?: GeoJSON.GeoJsonObject, territoire?: { __typename?: 'Territoire', geometrie?: GeoJSON.GeoJsonObject | null, code: string, nom: string, niveau: NiveauTerritorial, population?: number | null, populationAnnee?: number | null, populationSource?: string | null, superficieKm2?: number | null, geometrieSource: GeometrieSource, geometrieSourceNom?: string | null, imbrique: boolean, niveauxNonImbriques: Array<NiveauTerritorial>, poles: { __typename?: 'PoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, positionDerivee: boolean, position?: GeoJSON.GeoJsonObject | null }> }, parents: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }>, membres?: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }> }, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string } | null, emploisEss: Array<{ __typename?: 'EmploiEss', annee?: number | null, effectifSalarie?: number | null, partEmploi?: number | null, denominateurLibelle?: string | null, champ: ChampEss, associations?: number | null, cooperatives?: number | null, mutuelles?: number | null, fondations?: number | null, uniteFamilles?: UniteFamilles | null, anneeNature: NatureAnnee, uniteEffectif: UniteEffectif, borneInferieure: boolean, sourceSecondaire: boolean, source: { __typename?: 'SourceEmploi', titre: string, editeur?: string | null, annee?: number | null, url?: string | null } }> } | null };

export type TerritoirePoles_TerritoireFragment = { __typename?: 'Territoire', code: string, niveau: NiveauTerritorial, poles: { __typename?: 'PoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, positionDerivee: boolean }> } };

export type TerritoiresPage_RechercheQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  recherche?: InputMaybe<Scalars['String']['input']>;
}>;


export type TerritoiresPage_RechercheQuery = { __typename?: 'Query', territoires: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, population?: number | null, geometrieSource: GeometrieSource }> } };

export type PoleMapPoint_PoleFragment = { __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, position?: GeoJSON.GeoJsonObject | null, positionDerivee: boolean };

export type TerritoirePickerQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  recherche?: InputMaybe<Scalars['String']['input']>;
}>;


export type TerritoirePickerQuery = { __typename?: 'Query', territoires: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }> } };

export const BretagnePage_CouvertureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BretagnePage_couverture"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouvertureTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"associationDeveloppementActive"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMoyennePonderee"}},{"kind":"Field","name":{"kind":"Name","value":"distancesPoleActif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partPopulationCouverte"}},{"kind":"Field","name":{"kind":"Name","value":"rayonKm"}},{"kind":"Field","name":{"kind":"Name","value":"nombrePoles"}},{"kind":"Field","name":{"kind":"Name","value":"polesParTypeStatut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"polesCouvrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"polesSansPosition"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"effectifSalarie"}},{"kind":"Field","name":{"kind":"Name","value":"partEmploi"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}}]}}]}}]}}]} as unknown as DocumentNode<BretagnePage_CouvertureFragment, unknown>;
export const ComparerTable_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparerTable_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparaisonTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"valeurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateur"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}}]}}]}}]} as unknown as DocumentNode<ComparerTable_TerritoireFragment, unknown>;
export const FicheActions_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheActions_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectifs"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"}},{"kind":"Field","name":{"kind":"Name","value":"projets"}}]}}]} as unknown as DocumentNode<FicheActions_PoleFragment, unknown>;
export const FicheBilan_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheBilan_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsForts"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFaibles"}},{"kind":"Field","name":{"kind":"Name","value":"remarques"}},{"kind":"Field","name":{"kind":"Name","value":"enjeux"}}]}}]} as unknown as DocumentNode<FicheBilan_PoleFragment, unknown>;
export const FicheChiffresCles_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}}]}}]}}]} as unknown as DocumentNode<FicheChiffresCles_TerritoireFragment, unknown>;
export const FicheChiffresCles_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_territoire"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_territoire"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}}]}}]}}]} as unknown as DocumentNode<FicheChiffresCles_PoleFragment, unknown>;
export const FicheContact_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheContact_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"siteWeb"}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]} as unknown as DocumentNode<FicheContact_PoleFragment, unknown>;
export const FicheDocuments_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheDocuments_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"lien"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monographie"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionMonographie"}}]}}]} as unknown as DocumentNode<FicheDocuments_PoleFragment, unknown>;
export const FicheIdentite_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheIdentite_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeSelonMonographie"}},{"kind":"Field","name":{"kind":"Name","value":"noteTypologie"}},{"kind":"Field","name":{"kind":"Name","value":"physique"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreation"}},{"kind":"Field","name":{"kind":"Name","value":"origine"}},{"kind":"Field","name":{"kind":"Name","value":"adherents"}},{"kind":"Field","name":{"kind":"Name","value":"statutJuridique"}},{"kind":"Field","name":{"kind":"Name","value":"salaries"}},{"kind":"Field","name":{"kind":"Name","value":"foncier"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"domaineActivite"}},{"kind":"Field","name":{"kind":"Name","value":"reseau"}},{"kind":"Field","name":{"kind":"Name","value":"fonctions"}},{"kind":"Field","name":{"kind":"Name","value":"taille"}},{"kind":"Field","name":{"kind":"Name","value":"niveauStructuration"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}}]}}]} as unknown as DocumentNode<FicheIdentite_PoleFragment, unknown>;
export const FicheMiniMap_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheMiniMap_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"precisionPosition"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"}}]}}]}}]} as unknown as DocumentNode<FicheMiniMap_PoleFragment, unknown>;
export const PolesTable_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolesTable_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"anneeStatut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"precisionPosition"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pays"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ancienneRegion"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"ANCIENNE_REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]} as unknown as DocumentNode<PolesTable_PoleFragment, unknown>;
export const TerritoireEmploi_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireEmploi_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emploisEss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"effectifSalarie"}},{"kind":"Field","name":{"kind":"Name","value":"partEmploi"}},{"kind":"Field","name":{"kind":"Name","value":"denominateurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"associations"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"mutuelles"}},{"kind":"Field","name":{"kind":"Name","value":"fondations"}},{"kind":"Field","name":{"kind":"Name","value":"uniteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"anneeNature"}},{"kind":"Field","name":{"kind":"Name","value":"uniteEffectif"}},{"kind":"Field","name":{"kind":"Name","value":"borneInferieure"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSecondaire"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"editeur"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoireEmploi_TerritoireFragment, unknown>;
export const TerritoireIdentite_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireIdentite_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationAnnee"}},{"kind":"Field","name":{"kind":"Name","value":"populationSource"}},{"kind":"Field","name":{"kind":"Name","value":"superficieKm2"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSourceNom"}},{"kind":"Field","name":{"kind":"Name","value":"imbrique"}},{"kind":"Field","name":{"kind":"Name","value":"niveauxNonImbriques"}}]}}]} as unknown as DocumentNode<TerritoireIdentite_TerritoireFragment, unknown>;
export const TerritoireLiens_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireLiens_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoireLiens_TerritoireFragment, unknown>;
export const TerritoirePoles_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoirePoles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoirePoles_TerritoireFragment, unknown>;
export const PoleMapPoint_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoleMapPoint_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]} as unknown as DocumentNode<PoleMapPoint_PoleFragment, unknown>;
export const HealthBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HealthBadge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sante"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"versionPostgis"}}]}}]}}]} as unknown as DocumentNode<HealthBadgeQuery, HealthBadgeQueryVariables>;
export const BretagnePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BretagnePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rayonKm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statutsPoles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatutPole"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couverture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}},{"kind":"Argument","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"rayonKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rayonKm"}}},{"kind":"Argument","name":{"kind":"Name","value":"statutsPoles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statutsPoles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BretagnePage_couverture"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carteTerritoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}},{"kind":"Argument","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"EnumValue","value":"MOYENNE"}}]},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoleMapPoint_pole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chiffresEtude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateur"}},{"kind":"Field","name":{"kind":"Name","value":"perimetre"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BretagnePage_couverture"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouvertureTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"associationDeveloppementActive"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMoyennePonderee"}},{"kind":"Field","name":{"kind":"Name","value":"distancesPoleActif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partPopulationCouverte"}},{"kind":"Field","name":{"kind":"Name","value":"rayonKm"}},{"kind":"Field","name":{"kind":"Name","value":"nombrePoles"}},{"kind":"Field","name":{"kind":"Name","value":"polesParTypeStatut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"polesCouvrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"polesSansPosition"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"effectifSalarie"}},{"kind":"Field","name":{"kind":"Name","value":"partEmploi"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoleMapPoint_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]} as unknown as DocumentNode<BretagnePageQuery, BretagnePageQueryVariables>;
export const CartePage_TerritoiresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartePage_territoires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrecisionGeometrie"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carteTerritoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}]}]}}]} as unknown as DocumentNode<CartePage_TerritoiresQuery, CartePage_TerritoiresQueryVariables>;
export const CartePage_PolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartePage_poles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FiltrePoles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoleMapPoint_pole"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoleMapPoint_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]} as unknown as DocumentNode<CartePage_PolesQuery, CartePage_PolesQueryVariables>;
export const CartePage_ClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartePage_classes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicateur"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicateurCarte"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodeClassification"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nombre"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicateur"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicateur"}}},{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"methode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methode"}}},{"kind":"Argument","name":{"kind":"Name","value":"nombre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nombre"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bornes"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}},{"kind":"Field","name":{"kind":"Name","value":"disponibilite"}},{"kind":"Field","name":{"kind":"Name","value":"valeurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"classe"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<CartePage_ClassesQuery, CartePage_ClassesQueryVariables>;
export const ComparerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoires"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoireRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territoires"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoires"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparerTable_territoire"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparerTable_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparaisonTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"valeurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateur"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}}]}}]}}]} as unknown as DocumentNode<ComparerPageQuery, ComparerPageQueryVariables>;
export const DynamiquesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DynamiquesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chiffresEtude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateur"}},{"kind":"Field","name":{"kind":"Name","value":"perimetre"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"unite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"typesParRegion"},"name":{"kind":"Name","value":"repartition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mesure"},"value":{"kind":"EnumValue","value":"NOMBRE_POLES"}},{"kind":"Argument","name":{"kind":"Name","value":"par"},"value":{"kind":"EnumValue","value":"ANCIENNE_REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cle"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"valeurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serie"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreation"}},{"kind":"Field","alias":{"kind":"Name","value":"ancienneRegion"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"ANCIENNE_REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DynamiquesPageQuery, DynamiquesPageQueryVariables>;
export const PoleFicheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoleFiche"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"anneeStatut"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"modifieLe"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheContact_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheIdentite_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheActions_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheBilan_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheDocuments_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheMiniMap_pole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheContact_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"siteWeb"}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_territoire"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_territoire"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheIdentite_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeSelonMonographie"}},{"kind":"Field","name":{"kind":"Name","value":"noteTypologie"}},{"kind":"Field","name":{"kind":"Name","value":"physique"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreation"}},{"kind":"Field","name":{"kind":"Name","value":"origine"}},{"kind":"Field","name":{"kind":"Name","value":"adherents"}},{"kind":"Field","name":{"kind":"Name","value":"statutJuridique"}},{"kind":"Field","name":{"kind":"Name","value":"salaries"}},{"kind":"Field","name":{"kind":"Name","value":"foncier"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"domaineActivite"}},{"kind":"Field","name":{"kind":"Name","value":"reseau"}},{"kind":"Field","name":{"kind":"Name","value":"fonctions"}},{"kind":"Field","name":{"kind":"Name","value":"taille"}},{"kind":"Field","name":{"kind":"Name","value":"niveauStructuration"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheActions_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectifs"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"}},{"kind":"Field","name":{"kind":"Name","value":"projets"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheBilan_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsForts"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFaibles"}},{"kind":"Field","name":{"kind":"Name","value":"remarques"}},{"kind":"Field","name":{"kind":"Name","value":"enjeux"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheDocuments_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"lien"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monographie"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionMonographie"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheMiniMap_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"precisionPosition"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"}}]}}]}}]} as unknown as DocumentNode<PoleFicheQuery, PoleFicheQueryVariables>;
export const PolesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FiltrePoles"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolesTable_pole"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolesTable_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"anneeStatut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"precisionPosition"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pays"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ancienneRegion"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"ANCIENNE_REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]} as unknown as DocumentNode<PolesPageQuery, PolesPageQueryVariables>;
export const TerritoireNomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoireNom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]} as unknown as DocumentNode<TerritoireNomQuery, TerritoireNomQueryVariables>;
export const TerritoirePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoirePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrecisionGeometrie"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoireIdentite_territoire"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoireLiens_territoire"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoirePoles_territoire"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoireEmploi_territoire"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}]},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoleMapPoint_pole"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"carteTerritoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}}},{"kind":"Argument","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}}}]}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireIdentite_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationAnnee"}},{"kind":"Field","name":{"kind":"Name","value":"populationSource"}},{"kind":"Field","name":{"kind":"Name","value":"superficieKm2"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSourceNom"}},{"kind":"Field","name":{"kind":"Name","value":"imbrique"}},{"kind":"Field","name":{"kind":"Name","value":"niveauxNonImbriques"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireLiens_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoirePoles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireEmploi_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emploisEss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"effectifSalarie"}},{"kind":"Field","name":{"kind":"Name","value":"partEmploi"}},{"kind":"Field","name":{"kind":"Name","value":"denominateurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"associations"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"mutuelles"}},{"kind":"Field","name":{"kind":"Name","value":"fondations"}},{"kind":"Field","name":{"kind":"Name","value":"uniteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"anneeNature"}},{"kind":"Field","name":{"kind":"Name","value":"uniteEffectif"}},{"kind":"Field","name":{"kind":"Name","value":"borneInferieure"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSecondaire"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"editeur"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoleMapPoint_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]} as unknown as DocumentNode<TerritoirePageQuery, TerritoirePageQueryVariables>;
export const TerritoiresPage_RechercheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoiresPage_recherche"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"recherche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoiresPage_RechercheQuery, TerritoiresPage_RechercheQueryVariables>;
export const TerritoirePickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoirePicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"recherche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoirePickerQuery, TerritoirePickerQueryVariables>;