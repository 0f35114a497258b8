import { toStatutChartRows } from './to-statut-chart-rows';

describe('toStatutChartRows', () => {
  it('lists every status with its French label, zero included', () => {
    const rows = toStatutChartRows([{ statut: 'INCONNU' }, { statut: 'ACTIF' }, { statut: 'INCONNU' }]);
    expect(rows).toEqual([
      { statut: 'ACTIF', libelle: 'Actif', nombre: 1 },
      { statut: 'PROJET', libelle: 'En projet', nombre: 0 },
      { statut: 'INCONNU', libelle: 'Statut inconnu', nombre: 2 },
      { statut: 'FERME', libelle: 'Fermé', nombre: 0 },
    ]);
  });
});
