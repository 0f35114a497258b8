// The README's example queries, runnable as is in the bundled IDE (defaults = the real codes) and checked by
// exemples-readme.int.test.ts on a hand-made fixture (the test passes the fixture's codes as variables).
export const EXEMPLE_COUVERTURE_PAYS_BRETONS = `query CouverturePaysBretons($region: String! = "53", $rayonKm: Float = 20) {
  couverture(niveau: PAYS, dans: { niveau: REGION, code: $region }, rayonKm: $rayonKm) {
    code nom population
    nombrePoles polesSansPosition associationDeveloppementActive
    polesParTypeStatut { type statut nombre }
    polesCouvrants { nom type statut territoireAction relation }
    distancesPoleActif { type distanceKm }
    distanceMoyennePonderee partPopulationCouverte
    emploiEss { annee effectifSalarie partEmploi denominateurLibelle source { titre } }
    methode
  }
}`;

export const EXEMPLE_POLES_PAR_ANCIENNE_REGION = `query PolesParTypeEtAncienneRegion {
  repartition(mesure: NOMBRE_POLES, par: ANCIENNE_REGION) {
    series { cle libelle }
    lignes { cle libelle total valeurs { serie valeur } }
    source
  }
}`;

export const EXEMPLE_EMPLOI_BRETAGNE = `query EmploiEssBretagne($code: String! = "53") {
  avant2016: territoire(niveau: ANCIENNE_REGION, code: $code) {
    nom
    emploisEss { annee effectifSalarie partEmploi denominateurLibelle champ source { titre editeur annee } note }
  }
  depuis2016: territoire(niveau: REGION, code: $code) {
    nom
    emploisEss { annee effectifSalarie partEmploi denominateurLibelle champ source { titre editeur annee } note }
    emploiEssFiche { texte texteFamilles texteSource }
  }
}`;

export const EXEMPLE_COMPARER_PAYS_REGION_FRANCE = `query ComparerPaysRegionFrance($pays: String! = "PAYS-BREST", $region: String! = "53") {
  comparer(territoires: [{ niveau: PAYS, code: $pays }, { niveau: REGION, code: $region }, { niveau: FRANCE, code: "FR" }]) {
    niveau code nom
    valeurs { indicateur valeur texte annee source methode }
  }
}`;
