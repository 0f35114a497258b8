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

/** Une note d'analyse territoriale : les trois questions de l'étude, chaque réponse citée de sa source ou écrite par un éditeur. */
export type AnalyseTerritoriale = {
  __typename?: 'AnalyseTerritoriale';
  /** Qui l'a écrite (nom du jeton) ; null pour les notes chargées de l'étude. */
  auteur?: Maybe<Scalars['String']['output']>;
  /** « Quels axes de développement ? » (null = non renseigné). */
  axesDeveloppement?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  creeLe: Scalars['DateTimeISO']['output'];
  /** « Quelles dynamiques entre les acteurs ? » (null = non renseigné). */
  dynamiquesActeurs?: Maybe<Scalars['String']['output']>;
  /** Territoires du focus (communes ou EPCI). */
  focus: Array<FocusTerritoire>;
  /** Historique des écritures (éditeurs seulement). */
  historique: Array<ModificationAnalyse>;
  id: Scalars['ID']['output'];
  modifieLe: Scalars['DateTimeISO']['output'];
  /** Niveau du territoire analysé (région ou ancienne région pour les notes de l’étude). */
  niveau: NiveauTerritorial;
  /** « Quelles politiques ESS des collectivités locales ? » (null = non renseigné). */
  politiquesCollectivites?: Maybe<Scalars['String']['output']>;
  /** Source du texte (l'étude et la partie citée, ou celle que l'éditeur donne) ; null = écrit par l'éditeur sans source. */
  source?: Maybe<Scalars['String']['output']>;
  /** Le territoire analysé (null s’il manque au référentiel). */
  territoire?: Maybe<Territoire>;
  /** Titre de la note (pour les notes de l'étude : son titre cité). */
  titre: Scalars['String']['output'];
  /** Version lue : à renvoyer à modifierAnalyseTerritoriale (CONFLICT si elle a changé). */
  version: Scalars['Int']['output'];
};

/** Une association de développement située dans le territoire ou dont le territoire d’action le couvre. */
export type AssociationPrealable = {
  __typename?: 'AssociationPrealable';
  /** Son statut est parmi les statuts comptés (statutsPoles) : elle remplit le préalable. */
  compte: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  nom: Scalars['String']['output'];
  /** SITUEE : située dans le territoire (position, sinon commune siège) ; TERRITOIRE : son territoire d'action est ce territoire ; ENGLOBANT : son territoire d'action le contient. */
  relations: Array<Scalars['String']['output']>;
  statut: StatutPole;
};

/** Un cercle : les pôles à moins de rayonKm d’un point (distance sur la sphère), donné par ses coordonnées (lon, lat) ou par un territoire (son point représentatif, celui des distances de la couverture). Chaque pôle dit alors sa distance (`distanceKm`). */
export type AutourDe = {
  lat?: InputMaybe<Scalars['Float']['input']>;
  lon?: InputMaybe<Scalars['Float']['input']>;
  rayonKm: Scalars['Float']['input'];
  /** À la place de lon et lat : le point représentatif de ce territoire. */
  territoire?: InputMaybe<TerritoireRef>;
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
  /** Pour un indicateur qui compte des pôles : la règle de comptage et les pôles laissés de côté. */
  comptage?: Maybe<Comptage>;
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

/** La règle de comptage des pôles d’un chiffre, et les pôles qu’il laisse de côté. */
export type Comptage = {
  __typename?: 'Comptage';
  /** La règle et ce qu’elle écarte, en français. */
  explication: Scalars['String']['output'];
  horsComptage: Array<PoleHorsComptage>;
  /** Le niveau des territoires où les pôles sont comptés. */
  niveau: NiveauTerritorial;
  /** Pôles (non supprimés) comptés dans aucun territoire de ce niveau. */
  polesHorsComptage: Scalars['Int']['output'];
  regle: RegleComptage;
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
  /** La règle par laquelle nombrePoles et polesParTypeStatut comptent les pôles, et ceux qu’ils laissent de côté. */
  comptage: Comptage;
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
  /** Pôles non supprimés comptés dans le territoire selon la règle `comptage` (SITUE_OU_RATTACHE : position dans le contour, un pôle sur une limite compte dans chaque territoire qu’il touche ; à défaut commune siège ou territoire d’action officiel), par type et statut, ceux sans position compris. */
  polesParTypeStatut: Array<ComptePoles>;
  /** Dont pôles rattachés par leur territoire d’action, sans position connue : comptés dans nombrePoles, exclus des distances. */
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

/** Les champs d'une note d'analyse territoriale ; un champ absent n'est pas modifié, null l'efface. */
export type DonneesAnalyseInput = {
  axesDeveloppement?: InputMaybe<Scalars['String']['input']>;
  dynamiquesActeurs?: InputMaybe<Scalars['String']['input']>;
  /** Territoires du focus (50 au plus). */
  focus?: InputMaybe<Array<TerritoireRef>>;
  politiquesCollectivites?: InputMaybe<Scalars['String']['input']>;
  /** Source du texte (1 000 caractères au plus). */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Territoire analysé (obligatoire à la création). */
  territoire?: InputMaybe<TerritoireRef>;
  /** Titre (obligatoire à la création, 300 caractères au plus). */
  titre?: InputMaybe<Scalars['String']['input']>;
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

/** Le texte de référence de l'étude fondatrice : définition, typologie, enjeux, contexte, méthode, productions. */
export type EtudeReference = {
  __typename?: 'EtudeReference';
  definition: Scalars['String']['output'];
  /** Date de l'étude : approximative (l'étude n'est pas datée), dit comment elle est estimée. */
  periode: Scalars['String']['output'];
  sections: Array<SectionEtude>;
  source: Scalars['String']['output'];
  sousTitre: Scalars['String']['output'];
  titre: Scalars['String']['output'];
  typologie: Array<TypeEtude>;
};

/** L'évaluation du soutien des collectivités locales d'un territoire (second préalable de l'étude). */
export type EvaluationSoutien = {
  __typename?: 'EvaluationSoutien';
  /** Qui l’a enregistrée (nom du jeton). */
  auteur?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  /** Date de ce qui est évalué (AAAA-MM-JJ), telle que l'éditeur la donne. */
  dateEvaluation?: Maybe<Scalars['String']['output']>;
  modifieLe: Scalars['DateTimeISO']['output'];
  niveau: NiveauTerritorial;
  /** Source de l’évaluation (obligatoire pour OUI et NON). */
  source?: Maybe<Scalars['String']['output']>;
  /** Ce qui fonde l’évaluation (délibération, convention, financement…). */
  texte?: Maybe<Scalars['String']['output']>;
  valeur: SoutienCollectivites;
  /** Version : à renvoyer pour modifier (CONFLICT si elle a changé). */
  version: Scalars['Int']['output'];
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

/** Un territoire du focus d'une note. */
export type FocusTerritoire = {
  __typename?: 'FocusTerritoire';
  /** Le nom tel que la source le cite (« St Brieuc ») : l'étude nomme des villes, lues comme les communes de ce nom. */
  cite?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  niveau: NiveauTerritorial;
  territoire?: Maybe<Territoire>;
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

/** Une écriture sur une note d'analyse : qui (nom du jeton), quoi (valeurs avant / après), quand. */
export type ModificationAnalyse = {
  __typename?: 'ModificationAnalyse';
  /** CREATION, MODIFICATION, SUPPRESSION ou IMPORT. */
  action: Scalars['String']['output'];
  auteur?: Maybe<Scalars['String']['output']>;
  /** Champ → { avant, apres }. */
  changements: Scalars['JSONObject']['output'];
  le: Scalars['DateTimeISO']['output'];
};

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
  /** Crée une note d'analyse territoriale (un éditeur régional seulement dans sa région). */
  creerAnalyseTerritoriale: AnalyseTerritoriale;
  /** Crée un pôle (éditeur ; un éditeur régional seulement dans sa région). */
  creerPole: Pole;
  /** Enregistre l'évaluation du soutien des collectivités locales d'un territoire (source obligatoire pour OUI et NON) ; `version` est celle lue, null s'il n'y en avait pas (CONFLICT sinon). */
  evaluerSoutienCollectivites: PrealablesTerritoire;
  /** Modifie une note ; `version` est celle lue (CONFLICT si elle a changé entre-temps). */
  modifierAnalyseTerritoriale: AnalyseTerritoriale;
  /** Modifie un pôle ; `version` est celle lue (CONFLICT si elle a changé entre-temps). */
  modifierPole: Pole;
  /** Restaure un pôle supprimé. */
  restaurerPole: Pole;
  /** Supprime une note (l'historique est gardé) ; renvoie son identifiant. */
  supprimerAnalyseTerritoriale: Scalars['ID']['output'];
  /** Supprime un pôle (masqué, restaurable). */
  supprimerPole: Pole;
};


export type MutationCreerAnalyseTerritorialeArgs = {
  donnees: DonneesAnalyseInput;
};


export type MutationCreerPoleArgs = {
  donnees: DonneesPoleInput;
};


export type MutationEvaluerSoutienCollectivitesArgs = {
  dateEvaluation?: InputMaybe<Scalars['String']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  territoire: TerritoireRef;
  texte?: InputMaybe<Scalars['String']['input']>;
  valeur: SoutienCollectivites;
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationModifierAnalyseTerritorialeArgs = {
  donnees: DonneesAnalyseInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationModifierPoleArgs = {
  donnees: DonneesPoleInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRestaurerPoleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSupprimerAnalyseTerritorialeArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
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
  /** Distance en km au centre du filtre `autourDe` (sur la sphère) ; null hors de ce filtre ou sans position. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
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

/** Un pôle qu’un chiffre ne compte dans aucun territoire de son niveau, et pourquoi. */
export type PoleHorsComptage = {
  __typename?: 'PoleHorsComptage';
  id: Scalars['ID']['output'];
  nom: Scalars['String']['output'];
  raison: Scalars['String']['output'];
};

/** Les deux préalables de l'étude à la mise en place d'un pôle, pour un territoire. */
export type PrealablesTerritoire = {
  __typename?: 'PrealablesTerritoire';
  /** « Une association de développement active et reconnue » : une association des statuts comptés, située ou couvrante. */
  associationActive: Scalars['Boolean']['output'];
  /** Lecture haute du premier préalable : les associations de statut INCONNU comptent aussi. */
  associationActiveBorneHaute: Scalars['Boolean']['output'];
  /** Les associations de développement situées ou couvrantes, de tout statut (compte dit si elle remplit le préalable). */
  associations: Array<AssociationPrealable>;
  code: Scalars['String']['output'];
  /** Les deux préalables réunis : associationActive et soutienCollectivites = OUI. */
  deuxPrealables: Scalars['Boolean']['output'];
  /** L'évaluation enregistrée (texte, source, date, auteur, version), null sans évaluation. */
  evaluationSoutien?: Maybe<EvaluationSoutien>;
  /** Comment chaque préalable est obtenu. */
  methode: Scalars['String']['output'];
  niveau: NiveauTerritorial;
  nom: Scalars['String']['output'];
  /** Population (référentiel), null si non renseignée. */
  population?: Maybe<Scalars['Int']['output']>;
  populationAnnee?: Maybe<Scalars['Int']['output']>;
  populationSource?: Maybe<Scalars['String']['output']>;
  /** La source des deux préalables (l'étude). */
  source: Scalars['String']['output'];
  /** « Un soutien des collectivités locales » : l’évaluation enregistrée, INCONNU tant que personne ne l’a faite. */
  soutienCollectivites: SoutienCollectivites;
  /** Statuts de pôles comptés pour le premier préalable. */
  statutsPoles: Array<StatutPole>;
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

/** Un projet de pôle que l'étude annonce, tel qu'elle l'écrit. */
export type ProjetEtude = {
  __typename?: 'ProjetEtude';
  /** Année de la date annoncée. */
  anneeAnnoncee?: Maybe<Scalars['Int']['output']>;
  /** Code du territoire où l’étude place le projet. */
  code: Scalars['String']['output'];
  /** Date annoncée telle que l'étude l'écrit (« fin 2011 ») ; null quand elle n'en donne pas. */
  dateAnnoncee?: Maybe<Scalars['String']['output']>;
  /** Les mots de l'étude. */
  extrait: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  libelle: Scalars['String']['output'];
  /** Le lieu tel que l'étude le décrit. */
  lieu?: Maybe<Scalars['String']['output']>;
  /** Comment les pôles correspondants sont trouvés (polesCorrespondants). */
  methodeCorrespondance: Scalars['String']['output'];
  niveau: NiveauTerritorial;
  /** Nombre de projets (8 pour les associations d’acteurs en projet en Bretagne, que l’étude ne nomme pas). */
  nombre: Scalars['Int']['output'];
  /** La partie de l'étude qui l'annonce. */
  partieEtude: Scalars['String']['output'];
  /** Les pôles existants qui correspondent au projet, selon methodeCorrespondance. */
  polesCorrespondants: Array<Pole>;
  /** COMMUNE : l'étude ne nomme que la ville, pas d'adresse ; TERRITOIRE : seulement le Pays ou la région. */
  precisionLieu: PrecisionPosition;
  source: Scalars['String']['output'];
  /** PROJET : le statut que lui donne l'étude (vers 2010). */
  statut: StatutPole;
  /** Surface annoncée en m², null quand l'étude n'en donne pas. */
  surfaceM2?: Maybe<Scalars['Int']['output']>;
  /** Le territoire où l’étude place le projet (null s’il manque au référentiel). */
  territoire?: Maybe<Territoire>;
  type: TypePole;
};

export type Query = {
  __typename?: 'Query';
  /** Une note par son identifiant (null si elle n’existe pas ou a été supprimée). */
  analyseTerritoriale?: Maybe<AnalyseTerritoriale>;
  /** Les notes d'analyse territoriale ; avec `dans`, celles qui concernent ce territoire (le sien, un territoire qui le contient ou qu'il contient, ou un territoire de leur focus). */
  analysesTerritoriales: Array<AnalyseTerritoriale>;
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
  /** La couverture de chaque territoire d’un niveau (par ex. les Pays de la région 53) par les pôles : pôles situés, pôles couvrants, distances, population couverte, emploi ESS. Calculée en une requête SQL. Les distances suivent une modification de pôle une fois celle-ci enregistrée (recalcul en arrière-plan, en général en moins d’une seconde) : une lecture entre-temps donne la couverture d’avant, entière. */
  couverture: Array<CouvertureTerritoire>;
  /** Densité d’une couche de points sur une grille (hexagones ou carrés en Lambert-93) ou par territoire, avec nombres et poids, pour deck.gl. Une couche synthétique le dit (`couche.synthetique`). */
  densite: Densite;
  /** Chiffres de l'emploi ESS, chacun avec sa source. Plusieurs chiffres d'un même territoire et d'une même année coexistent : filtrez par `denominateur` pour comparer ce qui est comparable. */
  emploisEss: Array<EmploiEss>;
  /** Le texte de référence de l'étude fondatrice (vers 2010), cité tel quel. */
  etude: EtudeReference;
  /** Export de la liste filtrée : CSV (UTF-8 avec BOM, « ; », colonnes de l’import) ou GeoJSON (FeatureCollection). */
  exportPoles: Scalars['String']['output'];
  /** Qui fait la requête (le jeton envoyé, ou un lecteur anonyme). */
  moi: Utilisateur;
  /** Un pôle par son identifiant (null si inconnu ou supprimé). */
  pole?: Maybe<Pole>;
  /** Les pôles, filtrés, triés et paginés (100 au plus par page). */
  poles: PoleConnection;
  /** Les deux préalables de l'étude à la mise en place d'un pôle, pour chaque territoire d'un niveau (par ex. les 21 Pays de la région 53). */
  prealables: Array<PrealablesTerritoire>;
  /** Les projets de pôles que l'étude annonce, avec les pôles qui leur correspondent aujourd'hui. */
  projetsEtude: Array<ProjetEtude>;
  /** Répartitions pour graphiques : pôles par territoire, type, statut, année de création ; emploi ESS par famille ou par année. */
  repartition: Repartition;
  /** Santé de l'API : base utilisée, versions, état des migrations. */
  sante: Sante;
  /** Un territoire par niveau et code (null si inconnu). */
  territoire?: Maybe<Territoire>;
  /** Territoires d’un niveau, éventuellement membres actuels d’un territoire (`dans`) et filtrés par nom sans accents ni casse (`recherche`), triés par nom. */
  territoires: TerritoireConnection;
};


export type QueryAnalyseTerritorialeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnalysesTerritorialesArgs = {
  dans?: InputMaybe<TerritoireRef>;
};


export type QueryCarteTerritoiresArgs = {
  dans?: InputMaybe<TerritoireRef>;
  date?: InputMaybe<Scalars['String']['input']>;
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


export type QueryPrealablesArgs = {
  dans?: InputMaybe<TerritoireRef>;
  niveau: NiveauTerritorial;
  statutsPoles?: InputMaybe<Array<StatutPole>>;
};


export type QueryRepartitionArgs = {
  dans?: InputMaybe<TerritoireRef>;
  filtre?: InputMaybe<FiltrePoles>;
  limite?: InputMaybe<Scalars['Int']['input']>;
  mesure: MesureRepartition;
  par: DimensionRepartition;
  tri?: InputMaybe<TriRepartition>;
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

/** Comment un pôle est compté dans un territoire. SITUE_OU_RATTACHE : par sa position (adresse ou centre de sa commune siège) quand elle est connue ; sinon par son territoire d'action officiel (un Pays, un EPCI…) et les territoires qui le contiennent. Un pôle sans position ni territoire d'action officiel n'est compté dans aucun territoire : chaque chiffre dit combien il en laisse de côté, et pourquoi. */
export type RegleComptage =
  | 'SITUE_OU_RATTACHE';

/** Une répartition prête pour un graphique, avec sa source. */
export type Repartition = {
  __typename?: 'Repartition';
  /** Pour NOMBRE_POLES : la règle de comptage et les pôles laissés de côté (null pour l’emploi). */
  comptage?: Maybe<Comptage>;
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

/** Une partie du texte de l'étude, ligne à ligne, citée telle quelle. */
export type SectionEtude = {
  __typename?: 'SectionEtude';
  /** ENJEUX, CONTEXTE_FRANCE, CONTEXTE_BRETAGNE, OBJECTIFS, METHODE, PRODUCTIONS, PREALABLES, ENJEU_EMERGENT. */
  cle: Scalars['String']['output'];
  lignes: Array<Scalars['String']['output']>;
  titre: Scalars['String']['output'];
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

/** Soutien des collectivités locales à un pôle, tel qu’un éditeur l’a évalué : oui, non, ou inconnu (personne ne l’a évalué). */
export type SoutienCollectivites =
  | 'INCONNU'
  | 'NON'
  | 'OUI';

/** Actif, en projet, fermé, ou inconnu. */
export type StatutPole =
  | 'ACTIF'
  | 'FERME'
  | 'INCONNU'
  | 'PROJET';

/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type Territoire = {
  __typename?: 'Territoire';
  /** Les notes d'analyse qui concernent ce territoire (la sienne, celle d'un territoire qui le contient ou qu'il contient, ou dont il est un focus). */
  analyses: Array<AnalyseTerritoriale>;
  /** Appartenances datées, passées comprises (par défaut les Pays d’un EPCI ou d’une commune). */
  appartenances: Array<CompositionTerritoire>;
  /** Point représentatif (GeoJSON Point), null sans géométrie. */
  centre?: Maybe<Scalars['GeoJSON']['output']>;
  /** Code INSEE (commune, département, région), SIREN (EPCI), identifiant (Pays), FR. */
  code: Scalars['String']['output'];
  /** Composition datée, passée comprise (par défaut les EPCI d’un Pays), avec source et confiance. */
  compositions: Array<CompositionTerritoire>;
  /** La règle par laquelle `poles` compte les pôles de ce territoire, et ceux qu’elle laisse de côté à son niveau. */
  comptage: Comptage;
  /** Date (AAAA-MM-JJ) où le territoire a cessé d’exister (Pays dissous : plus aucun membre aujourd’hui) ; null s’il existe. */
  dissousLe?: Maybe<Scalars['String']['output']>;
  /** Le chiffre le plus récent, phrasé comme la fiche de l'étude (« N emplois dans l'économie sociale et solidaire, soit X % des effectifs salariés … »), avec sa source ; null si aucun chiffre. */
  emploiEssFiche?: Maybe<EmploiEssFiche>;
  /** Les chiffres de l'emploi ESS de ce territoire, par année, chacun avec sa source (jamais fusionnés). */
  emploisEss: Array<EmploiEss>;
  /** Contour (GeoJSON MultiPolygon) simplifié selon la précision ; voir geometrieSource et geometrieMillesime. Avec `date`, celui de la composition valide à cette date pour un territoire à composition datée (Pays), réunion des contours de ses communes. */
  geometrie?: Maybe<Scalars['GeoJSON']['output']>;
  /** Texte d’attribution à afficher avec le contour (celui qu’impose la source pour les contours IGN Admin Express COG 2018, sinon la source nommée) ; null sans source. */
  geometrieAttribution?: Maybe<Scalars['String']['output']>;
  /** Millésime du contour (2018 pour les contours IGN Admin Express COG 2018) ; null quand la source ne le précise pas. */
  geometrieMillesime?: Maybe<Scalars['Int']['output']>;
  /** OFFICIELLE (contour officiel : IGN Admin Express COG 2018 par défaut, ou importé) ou APPROXIMATIVE (à signaler). */
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
  /** Les deux préalables de l'étude à la mise en place d'un pôle pour ce territoire. */
  prealables: PrealablesTerritoire;
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
  date?: InputMaybe<Scalars['String']['input']>;
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


/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type TerritoirePopulationArgs = {
  date?: InputMaybe<Scalars['String']['input']>;
};


/** Un territoire du découpage (commune, EPCI, Pays, département, région, ancienne région, France). */
export type TerritoirePrealablesArgs = {
  statutsPoles?: InputMaybe<Array<StatutPole>>;
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

/** Ordre des lignes : total décroissant ou croissant (à égalité, par libellé), par libellé, ou par clé (l’ordre par défaut). La ligne « non renseigné » reste à la fin. */
export type TriRepartition =
  | 'CLE'
  | 'LIBELLE'
  | 'TOTAL_CROISSANT'
  | 'TOTAL_DECROISSANT';

/** Une case de la typologie de l'étude : non physique / physique × une fonction / multifonction. */
export type TypeEtude = {
  __typename?: 'TypeEtude';
  /** Ce que l'étude dit de ce type, ligne à ligne. */
  description: Array<Scalars['String']['output']>;
  /** Les fonctions, telles que le schéma de l'étude les écrit. */
  fonctions: Scalars['String']['output'];
  /** Le nom du type tel que l'étude l'écrit. */
  libelle: Scalars['String']['output'];
  /** MULTI fonction (vrai) ou UNE fonction. */
  multifonction: Scalars['Boolean']['output'];
  /** Physique (des locaux) ou non physique. */
  physique: Scalars['Boolean']['output'];
  /** Le type de pôle des fiches qui correspond à cette case. */
  type: TypePole;
};

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

/** Qui fait la requête : lecteur anonyme, ou le jeton envoyé (nom, rôle, région). */
export type Utilisateur = {
  __typename?: 'Utilisateur';
  /** La région (2016) à laquelle un éditeur est limité, null sinon. */
  codeRegion?: Maybe<Scalars['String']['output']>;
  /** Le nom du jeton (null pour un lecteur anonyme). */
  nom?: Maybe<Scalars['String']['output']>;
  /** lecteur, editeur ou admin. */
  role: Scalars['String']['output'];
};

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

export type BretagnePage_CouvertureFragment = { __typename?: 'CouvertureTerritoire', code: string, nom: string, population?: number | null, associationDeveloppementActive: boolean, distanceMoyennePonderee?: number | null, partPopulationCouverte?: number | null, rayonKm: number, nombrePoles: number, polesSansPosition: number, distancesPoleActif: Array<{ __typename?: 'DistanceType', type: TypePole, distanceKm?: number | null }>, polesParTypeStatut: Array<{ __typename?: 'ComptePoles', type: TypePole, statut: StatutPole, nombre: number }>, polesCouvrants: Array<{ __typename?: 'PoleCouvrant', id: string, nom: string, type: TypePole, statut: StatutPole }>, emploiEss?: { __typename?: 'EmploiEss', annee?: number | null, effectifSalarie?: number | null, partEmploi?: number | null, anneeNature: NatureAnnee, uniteEffectif: UniteEffectif, borneInferieure: boolean, sourceSecondaire: boolean, source: { __typename?: 'SourceEmploi', titre: string, annee?: number | null, url?: string | null } } | null };

export type BretagnePage_PrealablesFragment = { __typename?: 'PrealablesTerritoire', code: string, associationActive: boolean, soutienCollectivites: SoutienCollectivites, deuxPrealables: boolean, methode: string, source: string, evaluationSoutien?: { __typename?: 'EvaluationSoutien', source?: string | null } | null };

export type BretagnePageQueryVariables = Exact<{
  rayonKm: Scalars['Float']['input'];
  statutsPoles?: InputMaybe<Array<StatutPole> | StatutPole>;
  dateComposition: Scalars['String']['input'];
}>;


export type BretagnePageQuery = { __typename?: 'Query', carteTerritoires: GeoJSON.GeoJsonObject, couverture: Array<{ __typename?: 'CouvertureTerritoire', code: string, nom: string, population?: number | null, associationDeveloppementActive: boolean, distanceMoyennePonderee?: number | null, partPopulationCouverte?: number | null, rayonKm: number, nombrePoles: number, polesSansPosition: number, distancesPoleActif: Array<{ __typename?: 'DistanceType', type: TypePole, distanceKm?: number | null }>, polesParTypeStatut: Array<{ __typename?: 'ComptePoles', type: TypePole, statut: StatutPole, nombre: number }>, polesCouvrants: Array<{ __typename?: 'PoleCouvrant', id: string, nom: string, type: TypePole, statut: StatutPole }>, emploiEss?: { __typename?: 'EmploiEss', annee?: number | null, effectifSalarie?: number | null, partEmploi?: number | null, anneeNature: NatureAnnee, uniteEffectif: UniteEffectif, borneInferieure: boolean, sourceSecondaire: boolean, source: { __typename?: 'SourceEmploi', titre: string, annee?: number | null, url?: string | null } } | null }>, prealables: Array<{ __typename?: 'PrealablesTerritoire', code: string, associationActive: boolean, soutienCollectivites: SoutienCollectivites, deuxPrealables: boolean, methode: string, source: string, evaluationSoutien?: { __typename?: 'EvaluationSoutien', source?: string | null } | null }>, poles: { __typename?: 'PoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, position?: GeoJSON.GeoJsonObject | null, positionDerivee: boolean }> }, chiffresEtude: Array<{ __typename?: 'ChiffreEtude', indicateur: string, perimetre: string, valeur: number, source: string }> };

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


export type CartePage_ClassesQuery = { __typename?: 'Query', classes: { __typename?: 'Classes', bornes: Array<number>, methode: string, disponibilite?: string | null, comptage?: { __typename?: 'Comptage', explication: string } | null, valeurs: Array<{ __typename?: 'ValeurTerritoire', code: string, valeur?: number | null, classe?: number | null, annee?: number | null, source?: string | null }> } };

export type ComparerPageQueryVariables = Exact<{
  territoires: Array<TerritoireRef> | TerritoireRef;
}>;


export type ComparerPageQuery = { __typename?: 'Query', comparer: Array<{ __typename?: 'ComparaisonTerritoire', niveau: NiveauTerritorial, code: string, nom: string, parent: boolean, valeurs: Array<{ __typename?: 'ValeurIndicateur', indicateur: IndicateurComparaison, valeur?: number | null, texte: string, annee?: number | null, source?: string | null, url?: string | null, methode: string, avertissement?: string | null, emploi?: { __typename?: 'EmploiEss', anneeNature: NatureAnnee, uniteEffectif: UniteEffectif, borneInferieure: boolean, sourceSecondaire: boolean } | null }> }> };

export type ComparerTable_TerritoireFragment = { __typename?: 'ComparaisonTerritoire', niveau: NiveauTerritorial, code: string, nom: string, parent: boolean, valeurs: Array<{ __typename?: 'ValeurIndicateur', indicateur: IndicateurComparaison, valeur?: number | null, texte: string, annee?: number | null, source?: string | null, url?: string | null, methode: string, avertissement?: string | null, emploi?: { __typename?: 'EmploiEss', anneeNature: NatureAnnee, uniteEffectif: UniteEffectif, borneInferieure: boolean, sourceSecondaire: boolean } | null }> };

export type DynamiquesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DynamiquesPageQuery = { __typename?: 'Query', chiffresEtude: Array<{ __typename?: 'ChiffreEtude', indicateur: string, perimetre: string, valeur: number, unite: string, note?: string | null, source: string }>, typesParRegion: { __typename?: 'Repartition', source: string, lignes: Array<{ __typename?: 'LigneRepartition', cle: string, libelle: string, total: number, valeurs: Array<{ __typename?: 'ValeurSerie', serie: string, valeur?: number | null }> }> }, poles: { __typename?: 'PoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, dateCreation?: string | null, ancienneRegion?: { __typename?: 'Territoire', code: string, nom: string } | null }> } };

export type ModifierAnalyseMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  donnees: DonneesAnalyseInput;
}>;


export type ModifierAnalyseMutation = { __typename?: 'Mutation', modifierAnalyseTerritoriale: { __typename?: 'AnalyseTerritoriale', id: string, titre: string, niveau: NiveauTerritorial, code: string, version: number, dynamiquesActeurs?: string | null, politiquesCollectivites?: string | null, axesDeveloppement?: string | null, source?: string | null, auteur?: string | null, modifieLe: string, territoire?: { __typename?: 'Territoire', nom: string } | null, focus: Array<{ __typename?: 'FocusTerritoire', niveau: NiveauTerritorial, code: string, cite?: string | null, territoire?: { __typename?: 'Territoire', nom: string } | null }> } };

export type AnalyseActuelleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AnalyseActuelleQuery = { __typename?: 'Query', analyseTerritoriale?: { __typename?: 'AnalyseTerritoriale', id: string, titre: string, niveau: NiveauTerritorial, code: string, version: number, dynamiquesActeurs?: string | null, politiquesCollectivites?: string | null, axesDeveloppement?: string | null, source?: string | null, auteur?: string | null, modifieLe: string, territoire?: { __typename?: 'Territoire', nom: string } | null, focus: Array<{ __typename?: 'FocusTerritoire', niveau: NiveauTerritorial, code: string, cite?: string | null, territoire?: { __typename?: 'Territoire', nom: string } | null }> } | null };

export type HistoriqueAnalyseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type HistoriqueAnalyseQuery = { __typename?: 'Query', analyseTerritoriale?: { __typename?: 'AnalyseTerritoriale', id: string, historique: Array<{ __typename?: 'ModificationAnalyse', action: string, auteur?: string | null, le: string, changements: any }> } | null };

export type EvaluerSoutienMutationVariables = Exact<{
  territoire: TerritoireRef;
  valeur: SoutienCollectivites;
  source?: InputMaybe<Scalars['String']['input']>;
  texte?: InputMaybe<Scalars['String']['input']>;
  dateEvaluation?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type EvaluerSoutienMutation = { __typename?: 'Mutation', evaluerSoutienCollectivites: { __typename?: 'PrealablesTerritoire', code: string, nom: string, population?: number | null, associationActive: boolean, associationActiveBorneHaute: boolean, soutienCollectivites: SoutienCollectivites, deuxPrealables: boolean, methode: string, source: string, associations: Array<{ __typename?: 'AssociationPrealable', id: string, nom: string, statut: StatutPole, compte: boolean }>, evaluationSoutien?: { __typename?: 'EvaluationSoutien', valeur: SoutienCollectivites, texte?: string | null, source?: string | null, dateEvaluation?: string | null, auteur?: string | null, version: number } | null } };

export type CreerAnalyseMutationVariables = Exact<{
  donnees: DonneesAnalyseInput;
}>;


export type CreerAnalyseMutation = { __typename?: 'Mutation', creerAnalyseTerritoriale: { __typename?: 'AnalyseTerritoriale', id: string, titre: string, niveau: NiveauTerritorial, code: string, version: number, dynamiquesActeurs?: string | null, politiquesCollectivites?: string | null, axesDeveloppement?: string | null, source?: string | null, auteur?: string | null, modifieLe: string, territoire?: { __typename?: 'Territoire', nom: string } | null, focus: Array<{ __typename?: 'FocusTerritoire', niveau: NiveauTerritorial, code: string, cite?: string | null, territoire?: { __typename?: 'Territoire', nom: string } | null }> } };

export type AnalyseCard_AnalyseFragment = { __typename?: 'AnalyseTerritoriale', id: string, titre: string, niveau: NiveauTerritorial, code: string, version: number, dynamiquesActeurs?: string | null, politiquesCollectivites?: string | null, axesDeveloppement?: string | null, source?: string | null, auteur?: string | null, modifieLe: string, territoire?: { __typename?: 'Territoire', nom: string } | null, focus: Array<{ __typename?: 'FocusTerritoire', niveau: NiveauTerritorial, code: string, cite?: string | null, territoire?: { __typename?: 'Territoire', nom: string } | null }> };

export type PrealablesRow_PrealablesFragment = { __typename?: 'PrealablesTerritoire', code: string, nom: string, population?: number | null, associationActive: boolean, associationActiveBorneHaute: boolean, soutienCollectivites: SoutienCollectivites, deuxPrealables: boolean, methode: string, source: string, associations: Array<{ __typename?: 'AssociationPrealable', id: string, nom: string, statut: StatutPole, compte: boolean }>, evaluationSoutien?: { __typename?: 'EvaluationSoutien', valeur: SoutienCollectivites, texte?: string | null, source?: string | null, dateEvaluation?: string | null, auteur?: string | null, version: number } | null };

export type EtudePageQueryVariables = Exact<{ [key: string]: never; }>;


export type EtudePageQuery = { __typename?: 'Query', etude: { __typename?: 'EtudeReference', titre: string, sousTitre: string, periode: string, source: string, definition: string, typologie: Array<{ __typename?: 'TypeEtude', type: TypePole, physique: boolean, multifonction: boolean, libelle: string, fonctions: string, description: Array<string> }>, sections: Array<{ __typename?: 'SectionEtude', cle: string, titre: string, lignes: Array<string> }> }, chiffresEtude: Array<{ __typename?: 'ChiffreEtude', indicateur: string, perimetre: string, valeur: number, unite: string, note?: string | null, source: string }>, associations: { __typename?: 'PoleConnection', totalCount: number }, hebergements: { __typename?: 'PoleConnection', totalCount: number }, centres: { __typename?: 'PoleConnection', totalCount: number }, projetsEtude: Array<{ __typename?: 'ProjetEtude', id: string, libelle: string, type: TypePole, nombre: number, dateAnnoncee?: string | null, surfaceM2?: number | null, lieu?: string | null, precisionLieu: PrecisionPosition, extrait: string, partieEtude: string, methodeCorrespondance: string, territoire?: { __typename?: 'Territoire', nom: string } | null, polesCorrespondants: Array<{ __typename?: 'Pole', id: string, nom: string, statut: StatutPole }> }>, analysesTerritoriales: Array<{ __typename?: 'AnalyseTerritoriale', id: string, titre: string, niveau: NiveauTerritorial, code: string, version: number, dynamiquesActeurs?: string | null, politiquesCollectivites?: string | null, axesDeveloppement?: string | null, source?: string | null, auteur?: string | null, modifieLe: string, territoire?: { __typename?: 'Territoire', nom: string } | null, focus: Array<{ __typename?: 'FocusTerritoire', niveau: NiveauTerritorial, code: string, cite?: string | null, territoire?: { __typename?: 'Territoire', nom: string } | null }> }>, prealables: Array<{ __typename?: 'PrealablesTerritoire', code: string, nom: string, population?: number | null, associationActive: boolean, associationActiveBorneHaute: boolean, soutienCollectivites: SoutienCollectivites, deuxPrealables: boolean, methode: string, source: string, associations: Array<{ __typename?: 'AssociationPrealable', id: string, nom: string, statut: StatutPole, compte: boolean }>, evaluationSoutien?: { __typename?: 'EvaluationSoutien', valeur: SoutienCollectivites, texte?: string | null, source?: string | null, dateEvaluation?: string | null, auteur?: string | null, version: number } | null }> };

export type FicheActions_PoleFragment = { __typename?: 'Pole', objectifs?: string | null, realisations?: string | null, projets?: string | null };

export type FicheBilan_PoleFragment = { __typename?: 'Pole', pointsForts?: string | null, pointsFaibles?: string | null, remarques?: string | null, enjeux?: string | null };

export type FicheChiffresCles_TerritoireFragment = { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string, emploi: { __typename?: 'EmploiEss', source: { __typename?: 'SourceEmploi', url?: string | null } } } | null };

export type FicheChiffresCles_PoleFragment = { __typename?: 'Pole', territoireAction?: { __typename?: 'TerritoireAction', libelle: string, territoire?: { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string, emploi: { __typename?: 'EmploiEss', source: { __typename?: 'SourceEmploi', url?: string | null } } } | null } | null } | null, region?: { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string, emploi: { __typename?: 'EmploiEss', source: { __typename?: 'SourceEmploi', url?: string | null } } } | null } | null };

export type FicheContact_PoleFragment = { __typename?: 'Pole', contact?: string | null, adresse?: string | null, siteWeb?: string | null, communeSiege?: { __typename?: 'Territoire', code: string, nom: string } | null };

export type FicheDocuments_PoleFragment = { __typename?: 'Pole', monographie: boolean, descriptionMonographie?: string | null, documents: Array<{ __typename?: 'DocumentJoint', nom: string, lien?: string | null }> };

export type FicheEdition_PoleFragment = { __typename?: 'Pole', id: string, version: number, nom: string, type: TypePole, statut: StatutPole, anneeStatut?: number | null, contact?: string | null, adresse?: string | null, siteWeb?: string | null, codeCommuneSiege?: string | null, objectifs?: string | null, realisations?: string | null, projets?: string | null, remarques?: string | null, pointsForts?: string | null, pointsFaibles?: string | null, enjeux?: string | null, note?: string | null, source?: string | null, typeSelonMonographie?: TypePole | null, noteTypologie?: string | null, physique: boolean, dateCreation?: string | null, origine?: string | null, adherents?: string | null, statutJuridique?: string | null, salaries?: string | null, foncier?: string | null, budget?: string | null, domaineActivite?: string | null, reseau?: string | null, fonctions: Array<FonctionPole>, taille?: number | null, niveauStructuration?: number | null, territoireAction?: { __typename?: 'TerritoireAction', libelle: string, niveau?: NiveauTerritorial | null, code?: string | null } | null };

export type FicheEditionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FicheEditionQuery = { __typename?: 'Query', pole?: { __typename?: 'Pole', id: string, version: number, nom: string, type: TypePole, statut: StatutPole, anneeStatut?: number | null, contact?: string | null, adresse?: string | null, siteWeb?: string | null, codeCommuneSiege?: string | null, objectifs?: string | null, realisations?: string | null, projets?: string | null, remarques?: string | null, pointsForts?: string | null, pointsFaibles?: string | null, enjeux?: string | null, note?: string | null, source?: string | null, typeSelonMonographie?: TypePole | null, noteTypologie?: string | null, physique: boolean, dateCreation?: string | null, origine?: string | null, adherents?: string | null, statutJuridique?: string | null, salaries?: string | null, foncier?: string | null, budget?: string | null, domaineActivite?: string | null, reseau?: string | null, fonctions: Array<FonctionPole>, taille?: number | null, niveauStructuration?: number | null, historique: Array<{ __typename?: 'ModificationPole', action: string, auteur?: string | null, le: string, changements: any }>, territoireAction?: { __typename?: 'TerritoireAction', libelle: string, niveau?: NiveauTerritorial | null, code?: string | null } | null } | null };

export type ModifierFicheMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  donnees: DonneesPoleInput;
}>;


export type ModifierFicheMutation = { __typename?: 'Mutation', modifierPole: { __typename?: 'Pole', id: string, version: number, nom: string, type: TypePole, statut: StatutPole, anneeStatut?: number | null, contact?: string | null, adresse?: string | null, siteWeb?: string | null, codeCommuneSiege?: string | null, objectifs?: string | null, realisations?: string | null, projets?: string | null, remarques?: string | null, pointsForts?: string | null, pointsFaibles?: string | null, enjeux?: string | null, note?: string | null, source?: string | null, typeSelonMonographie?: TypePole | null, noteTypologie?: string | null, physique: boolean, dateCreation?: string | null, origine?: string | null, adherents?: string | null, statutJuridique?: string | null, salaries?: string | null, foncier?: string | null, budget?: string | null, domaineActivite?: string | null, reseau?: string | null, fonctions: Array<FonctionPole>, taille?: number | null, niveauStructuration?: number | null, territoireAction?: { __typename?: 'TerritoireAction', libelle: string, niveau?: NiveauTerritorial | null, code?: string | null } | null } };

export type FicheIdentite_PoleFragment = { __typename?: 'Pole', type: TypePole, typeSelonMonographie?: TypePole | null, noteTypologie?: string | null, physique: boolean, dateCreation?: string | null, origine?: string | null, adherents?: string | null, statutJuridique?: string | null, salaries?: string | null, foncier?: string | null, budget?: string | null, domaineActivite?: string | null, reseau?: string | null, fonctions: Array<FonctionPole>, taille?: number | null, niveauStructuration?: number | null, territoireAction?: { __typename?: 'TerritoireAction', libelle: string } | null };

export type FicheMiniMap_PoleFragment = { __typename?: 'Pole', nom: string, type: TypePole, position?: GeoJSON.GeoJsonObject | null, precisionPosition?: PrecisionPosition | null, territoireAction?: { __typename?: 'TerritoireAction', territoire?: { __typename?: 'Territoire', nom: string, geometrieSource: GeometrieSource, geometrie?: GeoJSON.GeoJsonObject | null } | null } | null, communeSiege?: { __typename?: 'Territoire', nom: string, geometrieSource: GeometrieSource, geometrie?: GeoJSON.GeoJsonObject | null } | null };

export type PoleFicheQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PoleFicheQuery = { __typename?: 'Query', pole?: { __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, anneeStatut?: number | null, source?: string | null, modifieLe: string, contact?: string | null, adresse?: string | null, siteWeb?: string | null, typeSelonMonographie?: TypePole | null, noteTypologie?: string | null, physique: boolean, dateCreation?: string | null, origine?: string | null, adherents?: string | null, statutJuridique?: string | null, salaries?: string | null, foncier?: string | null, budget?: string | null, domaineActivite?: string | null, reseau?: string | null, fonctions: Array<FonctionPole>, taille?: number | null, niveauStructuration?: number | null, objectifs?: string | null, realisations?: string | null, projets?: string | null, pointsForts?: string | null, pointsFaibles?: string | null, remarques?: string | null, enjeux?: string | null, monographie: boolean, descriptionMonographie?: string | null, position?: GeoJSON.GeoJsonObject | null, precisionPosition?: PrecisionPosition | null, sources: Array<{ __typename?: 'SourceChamp', champ: string, source: string }>, communeSiege?: { __typename?: 'Territoire', code: string, nom: string, geometrieSource: GeometrieSource, geometrie?: GeoJSON.GeoJsonObject | null } | null, territoireAction?: { __typename?: 'TerritoireAction', libelle: string, territoire?: { __typename?: 'Territoire', nom: string, geometrieSource: GeometrieSource, geometrie?: GeoJSON.GeoJsonObject | null, code: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string, emploi: { __typename?: 'EmploiEss', source: { __typename?: 'SourceEmploi', url?: string | null } } } | null } | null } | null, region?: { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string, emploi: { __typename?: 'EmploiEss', source: { __typename?: 'SourceEmploi', url?: string | null } } } | null } | null, documents: Array<{ __typename?: 'DocumentJoint', nom: string, lien?: string | null }> } | null };

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

export type TerritoireIdentite_TerritoireFragment = { __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, population?: number | null, populationAnnee?: number | null, populationSource?: string | null, superficieKm2?: number | null, geometrieSource: GeometrieSource, geometrieSourceNom?: string | null, geometrieMillesime?: number | null, geometrieAttribution?: string | null, dissousLe?: string | null, imbrique: boolean, niveauxNonImbriques: Array<NiveauTerritorial> };

export type TerritoireLiens_TerritoireFragment = { __typename?: 'Territoire', code: string, niveau: NiveauTerritorial, parents: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }>, membres?: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }> } };

export type TerritoirePageQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  code: Scalars['String']['input'];
  niveauMembres: NiveauTerritorial;
  avecMembres: Scalars['Boolean']['input'];
  precision: PrecisionGeometrie;
}>;


export type TerritoirePageQuery = { __typename?: 'Query', carteTerritoires?: GeoJSON.GeoJsonObject, territoire?: { __typename?: 'Territoire', geometrie?: GeoJSON.GeoJsonObject | null, code: string, nom: string, niveau: NiveauTerritorial, population?: number | null, populationAnnee?: number | null, populationSource?: string | null, superficieKm2?: number | null, geometrieSource: GeometrieSource, geometrieSourceNom?: string | null, geometrieMillesime?: number | null, geometrieAttribution?: string | null, dissousLe?: string | null, imbrique: boolean, niveauxNonImbriques: Array<NiveauTerritorial>, poles: { __typename?: 'PoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, positionDerivee: boolean, position?: GeoJSON.GeoJsonObject | null }> }, parents: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }>, membres?: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }> }, emploiEssFiche?: { __typename?: 'EmploiEssFiche', texte: string, texteFamilles?: string | null, texteSource: string } | null, emploisEss: Array<{ __typename?: 'EmploiEss', annee?: number | null, effectifSalarie?: number | null, partEmploi?: number | null, denominateurLibelle?: string | null, champ: ChampEss, associations?: number | null, cooperatives?: number | null, mutuelles?: number | null, fondations?: number | null, uniteFamilles?: UniteFamilles | null, anneeNature: NatureAnnee, uniteEffectif: UniteEffectif, borneInferieure: boolean, sourceSecondaire: boolean, source: { __typename?: 'SourceEmploi', titre: string, editeur?: string | null, annee?: number | null, url?: string | null } }> } | null };

export type TerritoirePoles_TerritoireFragment = { __typename?: 'Territoire', code: string, niveau: NiveauTerritorial, poles: { __typename?: 'PoleConnection', totalCount: number, nodes: Array<{ __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, positionDerivee: boolean }> } };

export type TerritoiresPage_RechercheQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  recherche?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TerritoiresPage_RechercheQuery = { __typename?: 'Query', territoires: { __typename?: 'TerritoireConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial, population?: number | null, geometrieSource: GeometrieSource }> } };

export type MoiEditeurQueryVariables = Exact<{ [key: string]: never; }>;


export type MoiEditeurQuery = { __typename?: 'Query', moi: { __typename?: 'Utilisateur', role: string, nom?: string | null, codeRegion?: string | null } };

export type PoleMapPoint_PoleFragment = { __typename?: 'Pole', id: string, nom: string, type: TypePole, statut: StatutPole, position?: GeoJSON.GeoJsonObject | null, positionDerivee: boolean };

export type TerritoirePickerQueryVariables = Exact<{
  niveau: NiveauTerritorial;
  recherche?: InputMaybe<Scalars['String']['input']>;
}>;


export type TerritoirePickerQuery = { __typename?: 'Query', territoires: { __typename?: 'TerritoireConnection', totalCount: number, nodes: Array<{ __typename?: 'Territoire', code: string, nom: string, niveau: NiveauTerritorial }> } };

export const BretagnePage_CouvertureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BretagnePage_couverture"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouvertureTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"associationDeveloppementActive"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMoyennePonderee"}},{"kind":"Field","name":{"kind":"Name","value":"distancesPoleActif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partPopulationCouverte"}},{"kind":"Field","name":{"kind":"Name","value":"rayonKm"}},{"kind":"Field","name":{"kind":"Name","value":"nombrePoles"}},{"kind":"Field","name":{"kind":"Name","value":"polesParTypeStatut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"polesCouvrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"polesSansPosition"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"effectifSalarie"}},{"kind":"Field","name":{"kind":"Name","value":"partEmploi"}},{"kind":"Field","name":{"kind":"Name","value":"anneeNature"}},{"kind":"Field","name":{"kind":"Name","value":"uniteEffectif"}},{"kind":"Field","name":{"kind":"Name","value":"borneInferieure"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSecondaire"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<BretagnePage_CouvertureFragment, unknown>;
export const BretagnePage_PrealablesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BretagnePage_prealables"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PrealablesTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"associationActive"}},{"kind":"Field","name":{"kind":"Name","value":"soutienCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSoutien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deuxPrealables"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<BretagnePage_PrealablesFragment, unknown>;
export const ComparerTable_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparerTable_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparaisonTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"valeurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateur"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}},{"kind":"Field","name":{"kind":"Name","value":"avertissement"}},{"kind":"Field","name":{"kind":"Name","value":"emploi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anneeNature"}},{"kind":"Field","name":{"kind":"Name","value":"uniteEffectif"}},{"kind":"Field","name":{"kind":"Name","value":"borneInferieure"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSecondaire"}}]}}]}}]}}]} as unknown as DocumentNode<ComparerTable_TerritoireFragment, unknown>;
export const AnalyseCard_AnalyseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyseCard_analyse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyseTerritoriale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dynamiquesActeurs"}},{"kind":"Field","name":{"kind":"Name","value":"politiquesCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"axesDeveloppement"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"modifieLe"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cite"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyseCard_AnalyseFragment, unknown>;
export const PrealablesRow_PrealablesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrealablesRow_prealables"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PrealablesTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"associationActive"}},{"kind":"Field","name":{"kind":"Name","value":"associationActiveBorneHaute"}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"compte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"soutienCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSoutien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dateEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deuxPrealables"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<PrealablesRow_PrealablesFragment, unknown>;
export const FicheActions_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheActions_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectifs"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"}},{"kind":"Field","name":{"kind":"Name","value":"projets"}}]}}]} as unknown as DocumentNode<FicheActions_PoleFragment, unknown>;
export const FicheBilan_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheBilan_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsForts"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFaibles"}},{"kind":"Field","name":{"kind":"Name","value":"remarques"}},{"kind":"Field","name":{"kind":"Name","value":"enjeux"}}]}}]} as unknown as DocumentNode<FicheBilan_PoleFragment, unknown>;
export const FicheChiffresCles_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}},{"kind":"Field","name":{"kind":"Name","value":"emploi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FicheChiffresCles_TerritoireFragment, unknown>;
export const FicheChiffresCles_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_territoire"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_territoire"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}},{"kind":"Field","name":{"kind":"Name","value":"emploi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FicheChiffresCles_PoleFragment, unknown>;
export const FicheContact_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheContact_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"siteWeb"}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]} as unknown as DocumentNode<FicheContact_PoleFragment, unknown>;
export const FicheDocuments_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheDocuments_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"lien"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monographie"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionMonographie"}}]}}]} as unknown as DocumentNode<FicheDocuments_PoleFragment, unknown>;
export const FicheIdentite_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheIdentite_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeSelonMonographie"}},{"kind":"Field","name":{"kind":"Name","value":"noteTypologie"}},{"kind":"Field","name":{"kind":"Name","value":"physique"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreation"}},{"kind":"Field","name":{"kind":"Name","value":"origine"}},{"kind":"Field","name":{"kind":"Name","value":"adherents"}},{"kind":"Field","name":{"kind":"Name","value":"statutJuridique"}},{"kind":"Field","name":{"kind":"Name","value":"salaries"}},{"kind":"Field","name":{"kind":"Name","value":"foncier"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"domaineActivite"}},{"kind":"Field","name":{"kind":"Name","value":"reseau"}},{"kind":"Field","name":{"kind":"Name","value":"fonctions"}},{"kind":"Field","name":{"kind":"Name","value":"taille"}},{"kind":"Field","name":{"kind":"Name","value":"niveauStructuration"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}}]}}]} as unknown as DocumentNode<FicheIdentite_PoleFragment, unknown>;
export const FicheEdition_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheEdition_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"anneeStatut"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"siteWeb"}},{"kind":"Field","name":{"kind":"Name","value":"codeCommuneSiege"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheIdentite_pole"}},{"kind":"Field","name":{"kind":"Name","value":"objectifs"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"}},{"kind":"Field","name":{"kind":"Name","value":"projets"}},{"kind":"Field","name":{"kind":"Name","value":"remarques"}},{"kind":"Field","name":{"kind":"Name","value":"pointsForts"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFaibles"}},{"kind":"Field","name":{"kind":"Name","value":"enjeux"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheIdentite_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeSelonMonographie"}},{"kind":"Field","name":{"kind":"Name","value":"noteTypologie"}},{"kind":"Field","name":{"kind":"Name","value":"physique"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreation"}},{"kind":"Field","name":{"kind":"Name","value":"origine"}},{"kind":"Field","name":{"kind":"Name","value":"adherents"}},{"kind":"Field","name":{"kind":"Name","value":"statutJuridique"}},{"kind":"Field","name":{"kind":"Name","value":"salaries"}},{"kind":"Field","name":{"kind":"Name","value":"foncier"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"domaineActivite"}},{"kind":"Field","name":{"kind":"Name","value":"reseau"}},{"kind":"Field","name":{"kind":"Name","value":"fonctions"}},{"kind":"Field","name":{"kind":"Name","value":"taille"}},{"kind":"Field","name":{"kind":"Name","value":"niveauStructuration"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}}]}}]} as unknown as DocumentNode<FicheEdition_PoleFragment, unknown>;
export const FicheMiniMap_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheMiniMap_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"precisionPosition"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"}}]}}]}}]} as unknown as DocumentNode<FicheMiniMap_PoleFragment, unknown>;
export const PolesTable_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolesTable_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"anneeStatut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"precisionPosition"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pays"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ancienneRegion"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"ANCIENNE_REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]} as unknown as DocumentNode<PolesTable_PoleFragment, unknown>;
export const TerritoireEmploi_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireEmploi_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emploisEss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"effectifSalarie"}},{"kind":"Field","name":{"kind":"Name","value":"partEmploi"}},{"kind":"Field","name":{"kind":"Name","value":"denominateurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"associations"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"mutuelles"}},{"kind":"Field","name":{"kind":"Name","value":"fondations"}},{"kind":"Field","name":{"kind":"Name","value":"uniteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"anneeNature"}},{"kind":"Field","name":{"kind":"Name","value":"uniteEffectif"}},{"kind":"Field","name":{"kind":"Name","value":"borneInferieure"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSecondaire"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"editeur"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoireEmploi_TerritoireFragment, unknown>;
export const TerritoireIdentite_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireIdentite_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationAnnee"}},{"kind":"Field","name":{"kind":"Name","value":"populationSource"}},{"kind":"Field","name":{"kind":"Name","value":"superficieKm2"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSourceNom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieMillesime"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"dissousLe"}},{"kind":"Field","name":{"kind":"Name","value":"imbrique"}},{"kind":"Field","name":{"kind":"Name","value":"niveauxNonImbriques"}}]}}]} as unknown as DocumentNode<TerritoireIdentite_TerritoireFragment, unknown>;
export const TerritoireLiens_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireLiens_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoireLiens_TerritoireFragment, unknown>;
export const TerritoirePoles_TerritoireFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoirePoles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoirePoles_TerritoireFragment, unknown>;
export const PoleMapPoint_PoleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoleMapPoint_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]} as unknown as DocumentNode<PoleMapPoint_PoleFragment, unknown>;
export const HealthBadgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HealthBadge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sante"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"backend"}},{"kind":"Field","name":{"kind":"Name","value":"versionPostgis"}}]}}]}}]} as unknown as DocumentNode<HealthBadgeQuery, HealthBadgeQueryVariables>;
export const BretagnePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BretagnePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rayonKm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statutsPoles"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatutPole"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateComposition"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"couverture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}},{"kind":"Argument","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"rayonKm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rayonKm"}}},{"kind":"Argument","name":{"kind":"Name","value":"statutsPoles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statutsPoles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BretagnePage_couverture"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prealables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}},{"kind":"Argument","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"statutsPoles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statutsPoles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BretagnePage_prealables"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carteTerritoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}},{"kind":"Argument","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"EnumValue","value":"MOYENNE"}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateComposition"}}}]},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoleMapPoint_pole"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chiffresEtude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateur"}},{"kind":"Field","name":{"kind":"Name","value":"perimetre"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BretagnePage_couverture"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CouvertureTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"associationDeveloppementActive"}},{"kind":"Field","name":{"kind":"Name","value":"distanceMoyennePonderee"}},{"kind":"Field","name":{"kind":"Name","value":"distancesPoleActif"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partPopulationCouverte"}},{"kind":"Field","name":{"kind":"Name","value":"rayonKm"}},{"kind":"Field","name":{"kind":"Name","value":"nombrePoles"}},{"kind":"Field","name":{"kind":"Name","value":"polesParTypeStatut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}}]}},{"kind":"Field","name":{"kind":"Name","value":"polesCouvrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}}]}},{"kind":"Field","name":{"kind":"Name","value":"polesSansPosition"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"effectifSalarie"}},{"kind":"Field","name":{"kind":"Name","value":"partEmploi"}},{"kind":"Field","name":{"kind":"Name","value":"anneeNature"}},{"kind":"Field","name":{"kind":"Name","value":"uniteEffectif"}},{"kind":"Field","name":{"kind":"Name","value":"borneInferieure"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSecondaire"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BretagnePage_prealables"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PrealablesTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"associationActive"}},{"kind":"Field","name":{"kind":"Name","value":"soutienCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSoutien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deuxPrealables"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoleMapPoint_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]} as unknown as DocumentNode<BretagnePageQuery, BretagnePageQueryVariables>;
export const CartePage_TerritoiresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartePage_territoires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PrecisionGeometrie"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carteTerritoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}]}]}}]} as unknown as DocumentNode<CartePage_TerritoiresQuery, CartePage_TerritoiresQueryVariables>;
export const CartePage_PolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartePage_poles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FiltrePoles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoleMapPoint_pole"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoleMapPoint_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]} as unknown as DocumentNode<CartePage_PolesQuery, CartePage_PolesQueryVariables>;
export const CartePage_ClassesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CartePage_classes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicateur"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicateurCarte"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"methode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodeClassification"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nombre"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicateur"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicateur"}}},{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"methode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"methode"}}},{"kind":"Argument","name":{"kind":"Name","value":"nombre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nombre"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bornes"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}},{"kind":"Field","name":{"kind":"Name","value":"disponibilite"}},{"kind":"Field","name":{"kind":"Name","value":"comptage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explication"}}]}},{"kind":"Field","name":{"kind":"Name","value":"valeurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"classe"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<CartePage_ClassesQuery, CartePage_ClassesQueryVariables>;
export const ComparerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComparerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoires"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoireRef"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territoires"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoires"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComparerTable_territoire"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComparerTable_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComparaisonTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"parent"}},{"kind":"Field","name":{"kind":"Name","value":"valeurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateur"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}},{"kind":"Field","name":{"kind":"Name","value":"avertissement"}},{"kind":"Field","name":{"kind":"Name","value":"emploi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"anneeNature"}},{"kind":"Field","name":{"kind":"Name","value":"uniteEffectif"}},{"kind":"Field","name":{"kind":"Name","value":"borneInferieure"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSecondaire"}}]}}]}}]}}]} as unknown as DocumentNode<ComparerPageQuery, ComparerPageQueryVariables>;
export const DynamiquesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DynamiquesPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chiffresEtude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateur"}},{"kind":"Field","name":{"kind":"Name","value":"perimetre"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"unite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"typesParRegion"},"name":{"kind":"Name","value":"repartition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mesure"},"value":{"kind":"EnumValue","value":"NOMBRE_POLES"}},{"kind":"Argument","name":{"kind":"Name","value":"par"},"value":{"kind":"EnumValue","value":"ANCIENNE_REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cle"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"valeurs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serie"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreation"}},{"kind":"Field","alias":{"kind":"Name","value":"ancienneRegion"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"ANCIENNE_REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DynamiquesPageQuery, DynamiquesPageQueryVariables>;
export const ModifierAnalyseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifierAnalyse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"donnees"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DonneesAnalyseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifierAnalyseTerritoriale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"donnees"},"value":{"kind":"Variable","name":{"kind":"Name","value":"donnees"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyseCard_analyse"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyseCard_analyse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyseTerritoriale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dynamiquesActeurs"}},{"kind":"Field","name":{"kind":"Name","value":"politiquesCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"axesDeveloppement"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"modifieLe"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cite"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]}}]} as unknown as DocumentNode<ModifierAnalyseMutation, ModifierAnalyseMutationVariables>;
export const AnalyseActuelleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyseActuelle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyseTerritoriale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyseCard_analyse"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyseCard_analyse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyseTerritoriale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dynamiquesActeurs"}},{"kind":"Field","name":{"kind":"Name","value":"politiquesCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"axesDeveloppement"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"modifieLe"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cite"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]}}]} as unknown as DocumentNode<AnalyseActuelleQuery, AnalyseActuelleQueryVariables>;
export const HistoriqueAnalyseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoriqueAnalyse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyseTerritoriale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"historique"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"le"}},{"kind":"Field","name":{"kind":"Name","value":"changements"}}]}}]}}]}}]} as unknown as DocumentNode<HistoriqueAnalyseQuery, HistoriqueAnalyseQueryVariables>;
export const EvaluerSoutienDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EvaluerSoutien"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"territoire"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerritoireRef"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"valeur"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SoutienCollectivites"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"texte"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dateEvaluation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluerSoutienCollectivites"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"territoire"},"value":{"kind":"Variable","name":{"kind":"Name","value":"territoire"}}},{"kind":"Argument","name":{"kind":"Name","value":"valeur"},"value":{"kind":"Variable","name":{"kind":"Name","value":"valeur"}}},{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"texte"},"value":{"kind":"Variable","name":{"kind":"Name","value":"texte"}}},{"kind":"Argument","name":{"kind":"Name","value":"dateEvaluation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dateEvaluation"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrealablesRow_prealables"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrealablesRow_prealables"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PrealablesTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"associationActive"}},{"kind":"Field","name":{"kind":"Name","value":"associationActiveBorneHaute"}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"compte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"soutienCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSoutien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dateEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deuxPrealables"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<EvaluerSoutienMutation, EvaluerSoutienMutationVariables>;
export const CreerAnalyseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreerAnalyse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"donnees"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DonneesAnalyseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creerAnalyseTerritoriale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"donnees"},"value":{"kind":"Variable","name":{"kind":"Name","value":"donnees"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyseCard_analyse"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyseCard_analyse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyseTerritoriale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dynamiquesActeurs"}},{"kind":"Field","name":{"kind":"Name","value":"politiquesCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"axesDeveloppement"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"modifieLe"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cite"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]}}]} as unknown as DocumentNode<CreerAnalyseMutation, CreerAnalyseMutationVariables>;
export const EtudePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EtudePage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"etude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"sousTitre"}},{"kind":"Field","name":{"kind":"Name","value":"periode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"definition"}},{"kind":"Field","name":{"kind":"Name","value":"typologie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"physique"}},{"kind":"Field","name":{"kind":"Name","value":"multifonction"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"fonctions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cle"}},{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"lignes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"chiffresEtude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicateur"}},{"kind":"Field","name":{"kind":"Name","value":"perimetre"}},{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"unite"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"associations"},"name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ASSOCIATION_DEVELOPPEMENT"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hebergements"},"name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ESPACE_HEBERGEMENT"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"centres"},"name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CENTRE_MULTIFONCTION"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projetsEtude"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nombre"}},{"kind":"Field","name":{"kind":"Name","value":"dateAnnoncee"}},{"kind":"Field","name":{"kind":"Name","value":"surfaceM2"}},{"kind":"Field","name":{"kind":"Name","value":"lieu"}},{"kind":"Field","name":{"kind":"Name","value":"precisionLieu"}},{"kind":"Field","name":{"kind":"Name","value":"extrait"}},{"kind":"Field","name":{"kind":"Name","value":"partieEtude"}},{"kind":"Field","name":{"kind":"Name","value":"methodeCorrespondance"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"polesCorrespondants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"analysesTerritoriales"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AnalyseCard_analyse"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prealables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}},{"kind":"Argument","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"53","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrealablesRow_prealables"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AnalyseCard_analyse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyseTerritoriale"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dynamiquesActeurs"}},{"kind":"Field","name":{"kind":"Name","value":"politiquesCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"axesDeveloppement"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"modifieLe"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cite"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrealablesRow_prealables"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PrealablesTerritoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"associationActive"}},{"kind":"Field","name":{"kind":"Name","value":"associationActiveBorneHaute"}},{"kind":"Field","name":{"kind":"Name","value":"associations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"compte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"soutienCollectivites"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationSoutien"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valeur"}},{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dateEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deuxPrealables"}},{"kind":"Field","name":{"kind":"Name","value":"methode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<EtudePageQuery, EtudePageQueryVariables>;
export const FicheEditionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FicheEdition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheEdition_pole"}},{"kind":"Field","name":{"kind":"Name","value":"historique"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"}},{"kind":"Field","name":{"kind":"Name","value":"le"}},{"kind":"Field","name":{"kind":"Name","value":"changements"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheIdentite_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeSelonMonographie"}},{"kind":"Field","name":{"kind":"Name","value":"noteTypologie"}},{"kind":"Field","name":{"kind":"Name","value":"physique"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreation"}},{"kind":"Field","name":{"kind":"Name","value":"origine"}},{"kind":"Field","name":{"kind":"Name","value":"adherents"}},{"kind":"Field","name":{"kind":"Name","value":"statutJuridique"}},{"kind":"Field","name":{"kind":"Name","value":"salaries"}},{"kind":"Field","name":{"kind":"Name","value":"foncier"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"domaineActivite"}},{"kind":"Field","name":{"kind":"Name","value":"reseau"}},{"kind":"Field","name":{"kind":"Name","value":"fonctions"}},{"kind":"Field","name":{"kind":"Name","value":"taille"}},{"kind":"Field","name":{"kind":"Name","value":"niveauStructuration"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheEdition_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"anneeStatut"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"siteWeb"}},{"kind":"Field","name":{"kind":"Name","value":"codeCommuneSiege"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheIdentite_pole"}},{"kind":"Field","name":{"kind":"Name","value":"objectifs"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"}},{"kind":"Field","name":{"kind":"Name","value":"projets"}},{"kind":"Field","name":{"kind":"Name","value":"remarques"}},{"kind":"Field","name":{"kind":"Name","value":"pointsForts"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFaibles"}},{"kind":"Field","name":{"kind":"Name","value":"enjeux"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FicheEditionQuery, FicheEditionQueryVariables>;
export const ModifierFicheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModifierFiche"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"donnees"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DonneesPoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifierPole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"donnees"},"value":{"kind":"Variable","name":{"kind":"Name","value":"donnees"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheEdition_pole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheIdentite_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeSelonMonographie"}},{"kind":"Field","name":{"kind":"Name","value":"noteTypologie"}},{"kind":"Field","name":{"kind":"Name","value":"physique"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreation"}},{"kind":"Field","name":{"kind":"Name","value":"origine"}},{"kind":"Field","name":{"kind":"Name","value":"adherents"}},{"kind":"Field","name":{"kind":"Name","value":"statutJuridique"}},{"kind":"Field","name":{"kind":"Name","value":"salaries"}},{"kind":"Field","name":{"kind":"Name","value":"foncier"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"domaineActivite"}},{"kind":"Field","name":{"kind":"Name","value":"reseau"}},{"kind":"Field","name":{"kind":"Name","value":"fonctions"}},{"kind":"Field","name":{"kind":"Name","value":"taille"}},{"kind":"Field","name":{"kind":"Name","value":"niveauStructuration"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheEdition_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"anneeStatut"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"siteWeb"}},{"kind":"Field","name":{"kind":"Name","value":"codeCommuneSiege"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheIdentite_pole"}},{"kind":"Field","name":{"kind":"Name","value":"objectifs"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"}},{"kind":"Field","name":{"kind":"Name","value":"projets"}},{"kind":"Field","name":{"kind":"Name","value":"remarques"}},{"kind":"Field","name":{"kind":"Name","value":"pointsForts"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFaibles"}},{"kind":"Field","name":{"kind":"Name","value":"enjeux"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ModifierFicheMutation, ModifierFicheMutationVariables>;
export const PoleFicheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoleFiche"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"anneeStatut"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"modifieLe"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheContact_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheIdentite_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheActions_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheBilan_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheDocuments_pole"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheMiniMap_pole"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}},{"kind":"Field","name":{"kind":"Name","value":"emploi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheContact_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"adresse"}},{"kind":"Field","name":{"kind":"Name","value":"siteWeb"}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheChiffresCles_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}},{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_territoire"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FicheChiffresCles_territoire"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheIdentite_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeSelonMonographie"}},{"kind":"Field","name":{"kind":"Name","value":"noteTypologie"}},{"kind":"Field","name":{"kind":"Name","value":"physique"}},{"kind":"Field","name":{"kind":"Name","value":"dateCreation"}},{"kind":"Field","name":{"kind":"Name","value":"origine"}},{"kind":"Field","name":{"kind":"Name","value":"adherents"}},{"kind":"Field","name":{"kind":"Name","value":"statutJuridique"}},{"kind":"Field","name":{"kind":"Name","value":"salaries"}},{"kind":"Field","name":{"kind":"Name","value":"foncier"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"domaineActivite"}},{"kind":"Field","name":{"kind":"Name","value":"reseau"}},{"kind":"Field","name":{"kind":"Name","value":"fonctions"}},{"kind":"Field","name":{"kind":"Name","value":"taille"}},{"kind":"Field","name":{"kind":"Name","value":"niveauStructuration"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheActions_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectifs"}},{"kind":"Field","name":{"kind":"Name","value":"realisations"}},{"kind":"Field","name":{"kind":"Name","value":"projets"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheBilan_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsForts"}},{"kind":"Field","name":{"kind":"Name","value":"pointsFaibles"}},{"kind":"Field","name":{"kind":"Name","value":"remarques"}},{"kind":"Field","name":{"kind":"Name","value":"enjeux"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheDocuments_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"lien"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monographie"}},{"kind":"Field","name":{"kind":"Name","value":"descriptionMonographie"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FicheMiniMap_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"precisionPosition"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"}}]}}]}}]} as unknown as DocumentNode<PoleFicheQuery, PoleFicheQueryVariables>;
export const PolesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PolesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FiltrePoles"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filtre"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filtre"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolesTable_pole"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolesTable_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"anneeStatut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"precisionPosition"}},{"kind":"Field","name":{"kind":"Name","value":"territoireAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"libelle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communeSiege"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pays"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"PAYS"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ancienneRegion"},"name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"EnumValue","value":"ANCIENNE_REGION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]} as unknown as DocumentNode<PolesPageQuery, PolesPageQueryVariables>;
export const TerritoireNomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoireNom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nom"}}]}}]}}]} as unknown as DocumentNode<TerritoireNomQuery, TerritoireNomQueryVariables>;
export const TerritoirePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoirePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"precision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PrecisionGeometrie"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoireIdentite_territoire"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoireLiens_territoire"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoirePoles_territoire"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TerritoireEmploi_territoire"}},{"kind":"Field","name":{"kind":"Name","value":"geometrie"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}]},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PoleMapPoint_pole"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"carteTerritoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}}},{"kind":"Argument","name":{"kind":"Name","value":"dans"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"precision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"precision"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}}}]}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireIdentite_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationAnnee"}},{"kind":"Field","name":{"kind":"Name","value":"populationSource"}},{"kind":"Field","name":{"kind":"Name","value":"superficieKm2"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSourceNom"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieMillesime"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieAttribution"}},{"kind":"Field","name":{"kind":"Name","value":"dissousLe"}},{"kind":"Field","name":{"kind":"Name","value":"imbrique"}},{"kind":"Field","name":{"kind":"Name","value":"niveauxNonImbriques"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireLiens_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveauMembres"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"avecMembres"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoirePoles_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"poles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TerritoireEmploi_territoire"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Territoire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emploiEssFiche"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"texte"}},{"kind":"Field","name":{"kind":"Name","value":"texteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"texteSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emploisEss"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"effectifSalarie"}},{"kind":"Field","name":{"kind":"Name","value":"partEmploi"}},{"kind":"Field","name":{"kind":"Name","value":"denominateurLibelle"}},{"kind":"Field","name":{"kind":"Name","value":"champ"}},{"kind":"Field","name":{"kind":"Name","value":"associations"}},{"kind":"Field","name":{"kind":"Name","value":"cooperatives"}},{"kind":"Field","name":{"kind":"Name","value":"mutuelles"}},{"kind":"Field","name":{"kind":"Name","value":"fondations"}},{"kind":"Field","name":{"kind":"Name","value":"uniteFamilles"}},{"kind":"Field","name":{"kind":"Name","value":"anneeNature"}},{"kind":"Field","name":{"kind":"Name","value":"uniteEffectif"}},{"kind":"Field","name":{"kind":"Name","value":"borneInferieure"}},{"kind":"Field","name":{"kind":"Name","value":"sourceSecondaire"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"titre"}},{"kind":"Field","name":{"kind":"Name","value":"editeur"}},{"kind":"Field","name":{"kind":"Name","value":"annee"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PoleMapPoint_pole"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pole"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statut"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"positionDerivee"}}]}}]} as unknown as DocumentNode<TerritoirePageQuery, TerritoirePageQueryVariables>;
export const TerritoiresPage_RechercheDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoiresPage_recherche"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"recherche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"geometrieSource"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoiresPage_RechercheQuery, TerritoiresPage_RechercheQueryVariables>;
export const MoiEditeurDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoiEditeur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moi"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"codeRegion"}}]}}]}}]} as unknown as DocumentNode<MoiEditeurQuery, MoiEditeurQueryVariables>;
export const TerritoirePickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TerritoirePicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NiveauTerritorial"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"territoires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"niveau"},"value":{"kind":"Variable","name":{"kind":"Name","value":"niveau"}}},{"kind":"Argument","name":{"kind":"Name","value":"recherche"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recherche"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nom"}},{"kind":"Field","name":{"kind":"Name","value":"niveau"}}]}}]}}]}}]} as unknown as DocumentNode<TerritoirePickerQuery, TerritoirePickerQueryVariables>;