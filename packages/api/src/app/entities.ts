import { AnalyseAudit } from '../analyses-territoriales/analyse-audit.entity';
import { AnalyseTerritoriale } from '../analyses-territoriales/analyse-territoriale.entity';
import { Jeton } from '../auth/jeton.entity';
import { CouvertureAction } from '../couverture/couverture-action.entity';
import { CouvertureCommunesStatut } from '../couverture/couverture-communes-statut.entity';
import { CouvertureEnAttente } from '../couverture/couverture-en-attente.entity';
import { DistanceCommunePole } from '../couverture/distance-commune-pole.entity';
import { DistanceEtat } from '../couverture/distance-etat.entity';
import { DistanceTerritoirePole } from '../couverture/distance-territoire-pole.entity';
import { CouchePoints } from '../densite/couche-points.entity';
import { GrilleCache } from '../densite/grille-cache.entity';
import { PointCouche } from '../densite/point-couche.entity';
import { EvaluationSoutien } from '../prealables/evaluation-soutien.entity';
import { EmploiEss } from '../emploi/emploi-ess.entity';
import { PoleAudit } from '../poles/pole-audit.entity';
import { PoleTerritoire } from '../poles/pole-territoire.entity';
import { TerritoireAction } from '../poles/pole-territoire-action.entity';
import { Pole } from '../poles/pole.entity';
import { TerritoireChargement } from '../territoires/territoire-chargement.entity';
import { TerritoireLien } from '../territoires/territoire-lien.entity';
import { TerritoireRecherche } from '../territoires/territoire-recherche.entity';
import { Territoire } from '../territoires/territoire.entity';
import { VersionDonnees } from '../version-donnees/version-donnees.entity';
import { VersionDonneesDemande } from '../version-donnees/version-donnees-demande.entity';

// Every table, one entity each: the definition of its columns (database/schema.int.test.ts checks that the
// migrations create exactly these tables).
export const ENTITIES: Function[] = [
  Territoire,
  TerritoireLien,
  TerritoireChargement,
  TerritoireRecherche,
  Jeton,
  EmploiEss,
  Pole,
  PoleTerritoire,
  TerritoireAction,
  PoleAudit,
  DistanceCommunePole,
  DistanceTerritoirePole,
  DistanceEtat,
  CouvertureAction,
  CouvertureCommunesStatut,
  CouvertureEnAttente,
  CouchePoints,
  PointCouche,
  GrilleCache,
  AnalyseTerritoriale,
  AnalyseAudit,
  EvaluationSoutien,
  VersionDonnees,
  VersionDonneesDemande,
];
