import { toRepartitionChartRows } from './to-repartition-chart-rows';

describe('toRepartitionChartRows', () => {
  it('turns the API breakdown into stacked rows by type, the unknown region last', () => {
    const rows = toRepartitionChartRows({
      lignes: [
        { cle: 'NON_RENSEIGNE', libelle: 'Non renseigné', total: 3, valeurs: [{ serie: 'ASSOCIATION_DEVELOPPEMENT', valeur: 3 }] },
        { cle: '82', libelle: 'Rhône-Alpes', total: 3, valeurs: [{ serie: 'ESPACE_HEBERGEMENT', valeur: 3 }, { serie: 'CENTRE_MULTIFONCTION', valeur: null }] },
        { cle: '53', libelle: 'Bretagne', total: 10, valeurs: [{ serie: 'ASSOCIATION_DEVELOPPEMENT', valeur: 10 }] },
      ],
    });
    expect(rows.map((row) => row.region)).toEqual(['Bretagne', 'Rhône-Alpes', 'Non renseigné']);
    expect(rows[1]).toEqual({ regionCode: '82', region: 'Rhône-Alpes', total: 3, ASSOCIATION_DEVELOPPEMENT: 0, ESPACE_HEBERGEMENT: 3, CENTRE_MULTIFONCTION: 0 });
    expect(rows[2]?.regionCode).toBe('');
  });
});
