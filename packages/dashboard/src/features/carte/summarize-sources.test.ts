import { summarizeSources } from './summarize-sources';

describe('summarizeSources', () => {
  it('states the method then each source once with its years', () => {
    const text = summarizeSources({
      methode: 'Part la plus récente sur l’emploi salarié total.',
      valeurs: [
        { source: 'Panorama CNCRESS', annee: 2013 },
        { source: 'Panorama CNCRESS', annee: 2010 },
        { source: 'Atlas CNCRESS', annee: 2011 },
        { source: null, annee: null },
      ],
    });
    expect(text).toBe('Part la plus récente sur l’emploi salarié total ; Panorama CNCRESS (2010, 2013) ; Atlas CNCRESS (2011)');
  });

  it('says nothing without classes', () => {
    expect(summarizeSources(null)).toBeNull();
  });
});
