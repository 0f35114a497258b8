import { readAnnee, toCreationYearChartRows } from './to-creation-year-chart-rows';

describe('toCreationYearChartRows', () => {
  it('reads the written year only, keeps empty years on the axis and counts the unknown', () => {
    expect(readAnnee('2004-05-12')).toBe(2004);
    expect(readAnnee('créée en 1998')).toBe(1998);
    expect(readAnnee('non daté')).toBeNull();
    const chart = toCreationYearChartRows([{ dateCreation: '2001' }, { dateCreation: '2003' }, { dateCreation: '2003' }, { dateCreation: null }]);
    expect(chart.rows).toEqual([
      { annee: 2001, creations: 1, cumul: 1 },
      { annee: 2002, creations: 0, cumul: 1 },
      { annee: 2003, creations: 2, cumul: 3 },
    ]);
    expect(chart.anneeInconnue).toBe(1);
  });

  it('draws nothing when no year is known', () => {
    expect(toCreationYearChartRows([{ dateCreation: null }])).toEqual({ rows: [], anneeInconnue: 1 });
  });
});
