import { parseSource } from './emploi-source.parser';

describe('parseSource', () => {
  it('reads the publisher in parentheses and the publication year, not the data date', () => {
    expect(parseSource("Atlas commenté de l'ESS 2014 (CNCRESS), données au 31/12/2011")).toEqual({
      titre: "Atlas commenté de l'ESS 2014 (CNCRESS), données au 31/12/2011",
      editeur: 'CNCRESS',
      annee: 2014,
      lien: null,
    });
  });

  it('names Insee as publisher of its regional series', () => {
    expect(parseSource('Insee Analyses Bretagne n°68')).toMatchObject({ editeur: 'Insee', annee: null });
  });

  it('keeps a CRESS with its region', () => {
    expect(parseSource('CRESS Hauts-de-France, panorama 2020-2021')).toMatchObject({
      editeur: 'CRESS Hauts-de-France',
      annee: null,
    });
  });

  it('leaves the publisher unknown when the text does not name one', () => {
    expect(parseSource("données 2002-2006 reprises d'un panorama local")).toMatchObject({ editeur: null, annee: null });
  });

  it('extracts a link', () => {
    expect(parseSource('Insee 2021 https://www.insee.fr/fr/statistiques/1')).toMatchObject({
      lien: 'https://www.insee.fr/fr/statistiques/1',
      annee: 2021,
    });
  });
});
