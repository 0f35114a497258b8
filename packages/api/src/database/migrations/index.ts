import { InitPostgis1732600000000 } from './1732600000000-init-postgis';
import { Territoires1732600001000 } from './1732600001000-territoires';
import { TerritoireChargement1732600001001 } from './1732600001001-territoire-chargement';
import { Poles1732600003000 } from './1732600003000-poles';
import { EmploiEss1732600004000 } from './1732600004000-emploi-ess';
import { CouchesPoints1732600004100 } from './1732600004100-couches-points';
import { DistanceCommunePole1732600005000 } from './1732600005000-distance-commune-pole';
import { DistanceCommunePopulation1732600005001 } from './1732600005001-distance-commune-population';
import { TerritoireRechercheIndex1732600006000 } from './1732600006000-territoire-recherche-index';
import { GrilleCachePolygones1732600006100 } from './1732600006100-grille-cache-polygones';
import { DistanceTerritoirePole1732600006200 } from './1732600006200-distance-territoire-pole';
import { DistanceTerritoireCommunes1732600007100 } from './1732600007100-distance-territoire-communes';
import { CouvertureAction1732600007200 } from './1732600007200-couverture-action';
import { CouvertureCommunesStatut1732600007300 } from './1732600007300-couverture-communes-statut';
import { TerritoireRechercheTrigrammes1732600007000 } from './1732600007000-territoire-recherche-trigrammes';
import { CouvertureActionCle1732600008000 } from './1732600008000-couverture-action-cle';
import { GeometrieMillesime1732600015000 } from './1732600015000-geometrie-millesime';
import { EmploiEssQualite1732600016000 } from './1732600016000-emploi-ess-qualite';
import { RechercheLigatures1732600016001 } from './1732600016001-recherche-ligatures';
import { AnalysesTerritoriales1732600017000 } from './1732600017000-analyses-territoriales';
import { VersionDonnees1732600019000 } from './1732600019000-version-donnees';
import { VersionDonneesAnalyses1732600019100 } from './1732600019100-version-donnees-analyses';
import { CouvertureEnAttente1732600020000 } from './1732600020000-couverture-en-attente';
import { VersionDonneesALaValidation1732600021000 } from './1732600021000-version-donnees-a-la-validation';

// Schema changes are migrations, in order; never `synchronize`.
export const MIGRATIONS: Function[] = [
  InitPostgis1732600000000,
  Territoires1732600001000,
  TerritoireChargement1732600001001,
  Poles1732600003000,
  EmploiEss1732600004000,
  CouchesPoints1732600004100,
  DistanceCommunePole1732600005000,
  DistanceCommunePopulation1732600005001,
  TerritoireRechercheIndex1732600006000,
  GrilleCachePolygones1732600006100,
  DistanceTerritoirePole1732600006200,
  TerritoireRechercheTrigrammes1732600007000,
  DistanceTerritoireCommunes1732600007100,
  CouvertureAction1732600007200,
  CouvertureCommunesStatut1732600007300,
  CouvertureActionCle1732600008000,
  GeometrieMillesime1732600015000,
  EmploiEssQualite1732600016000,
  RechercheLigatures1732600016001,
  AnalysesTerritoriales1732600017000,
  VersionDonnees1732600019000,
  VersionDonneesAnalyses1732600019100,
  CouvertureEnAttente1732600020000,
  VersionDonneesALaValidation1732600021000,
];
