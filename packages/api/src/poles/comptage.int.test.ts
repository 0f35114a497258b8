import { insertAnalysesFixture } from '../test-support/analyses.fixtures';
import { createTestJeton } from '../test-support/poles.fixtures';
import { startTestEnvironment, type TestEnvironment } from '../test-support/test-environment';

// The fixture: région 99 holds poles un, deux (on the A/B boundary), trois and cinq (no position, attached by its
// seat); Pôle quatre has neither position nor official territory of action (« montagne limousine »).
describe('one counting rule for poles, through every entry point', () => {
  let env: TestEnvironment;

  beforeAll(async () => {
    env = await startTestEnvironment(insertAnalysesFixture);
  });
  afterAll(() => env.close());

  const somme = (valeurs: { valeur: number | null }[]) => valeurs.reduce((n, v) => n + (v.valeur ?? 0), 0);

  it('counts the same poles in a région and in France whatever the entry point, and names the one left out', async () => {
    type R = {
      parType: { lignes: { total: number }[]; comptage: { regle: string; polesHorsComptage: number } };
      parRegion: { lignes: { cle: string; total: number }[]; comptage: { regle: string; horsComptage: { nom: string; raison: string }[] } };
      france: { lignes: { total: number }[] };
      couverture: { code: string; nombrePoles: number; comptage: { regle: string; polesHorsComptage: number } }[];
      couvertureFrance: { nombrePoles: number }[];
      classes: { valeurs: { code: string; valeur: number }[]; comptage: { regle: string; polesHorsComptage: number } };
      region: { poles: { totalCount: number }; comptage: { regle: string; polesHorsComptage: number } };
      franceT: { poles: { totalCount: number } };
      poles: { totalCount: number };
      comparer: { code: string; valeurs: { valeur: number | null }[] }[];
    };
    const r = await env.server.graphql<R>(`{
      parType: repartition(mesure: NOMBRE_POLES, par: TYPE, dans: {niveau: REGION, code: "99"}) { lignes { total } comptage { regle polesHorsComptage } }
      parRegion: repartition(mesure: NOMBRE_POLES, par: REGION) { lignes { cle total } comptage { regle horsComptage { nom raison } } }
      france: repartition(mesure: NOMBRE_POLES, par: STATUT) { lignes { total } }
      couverture(niveau: REGION) { code nombrePoles comptage { regle polesHorsComptage } }
      couvertureFrance: couverture(niveau: FRANCE) { nombrePoles }
      classes(indicateur: NOMBRE_POLES, niveau: REGION, methode: EGAUX, nombre: 2) { valeurs { code valeur } comptage { regle polesHorsComptage } }
      region: territoire(niveau: REGION, code: "99") { poles { totalCount } comptage { regle polesHorsComptage } }
      franceT: territoire(niveau: FRANCE, code: "FR") { poles { totalCount } }
      poles(filtre: { dans: {niveau: REGION, code: "99"} }) { totalCount }
      comparer(territoires: [{niveau: REGION, code: "99"}, {niveau: PAYS, code: "PAYS-C"}],
        indicateurs: [POLES_ASSOCIATION_DEVELOPPEMENT, POLES_ESPACE_HEBERGEMENT, POLES_CENTRE_MULTIFONCTION]) { code valeurs { valeur } }
    }`);
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    const comptes = {
      repartitionParType: d.parType.lignes.reduce((n, l) => n + l.total, 0),
      repartitionParRegion: d.parRegion.lignes.find((l) => l.cle === '99')!.total,
      repartitionFrance: d.france.lignes.reduce((n, l) => n + l.total, 0),
      couverture: d.couverture.find((c) => c.code === '99')!.nombrePoles,
      couvertureFrance: d.couvertureFrance[0]!.nombrePoles,
      classes: d.classes.valeurs.find((v) => v.code === '99')!.valeur,
      territoire: d.region.poles.totalCount,
      territoireFrance: d.franceT.poles.totalCount,
      poles: d.poles.totalCount,
      comparer: somme(d.comparer.find((c) => c.code === '99')!.valeurs),
    };
    expect(new Set(Object.values(comptes))).toEqual(new Set([4]));
    for (const comptage of [d.parType.comptage, d.parRegion.comptage, d.couverture[0]!.comptage, d.classes.comptage, d.region.comptage]) {
      expect(comptage.regle).toBe('SITUE_OU_RATTACHE');
    }
    expect(d.parRegion.comptage.horsComptage).toEqual([
      { nom: 'Pôle quatre', raison: expect.stringMatching(/ni position ni territoire d'action officiel.*montagne limousine/) },
    ]);
    expect(d.region.comptage.polesHorsComptage).toBe(1);
  });
});

describe('the reason a pole is left out of a level', () => {
  let env: TestEnvironment;
  let editeur: Record<string, string>;

  beforeAll(async () => {
    env = await startTestEnvironment(async (app) => {
      await insertAnalysesFixture(app);
      editeur = await createTestJeton(app.db, 'editeur');
    });
  });
  afterAll(() => env.close());

  it('says that a pole placed at its région’s point is not in a Pays because of that, not that its position is in no Pays', async () => {
    const cree = await env.server.graphql<{ creerPole: { precisionPosition: string } }>(
      'mutation($donnees: DonneesPoleInput!) { creerPole(donnees: $donnees) { precisionPosition } }',
      { donnees: { nom: 'Pôle régional', type: 'ASSOCIATION_DEVELOPPEMENT', territoireAction: { libelle: 'Région test', niveau: 'REGION', code: '99' } } },
      editeur,
    );
    expect(cree.errors).toBeUndefined();
    expect(cree.data!.creerPole.precisionPosition).toBe('TERRITOIRE');
    const r = await env.server.graphql<{ repartition: { comptage: { horsComptage: { nom: string; raison: string }[] } } }>(
      '{ repartition(mesure: NOMBRE_POLES, par: PAYS) { comptage { horsComptage { nom raison } } } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.repartition.comptage.horsComptage.find((h) => h.nom === 'Pôle régional')?.raison).toBe(
      "placé au point représentatif de son territoire d'action (« Région test »), qui n'est dans aucun territoire de niveau pays",
    );
  });
});
