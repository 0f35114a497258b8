import { checkPoleDonnees } from './pole-donnees.schema';

const refus = (donnees: Record<string, unknown>) => {
  const resultat = checkPoleDonnees({ nom: 'Pôle test', type: 'CENTRE_MULTIFONCTION', ...donnees }, true);
  return 'erreurs' in resultat ? resultat.erreurs : [];
};

// Every field of the fiche has a bound and a format (issue 20, item 12): what an editor or an import gets wrong is
// refused with the field named, before anything is written.
describe('the fiche fields an editor writes', () => {
  it('refuses a document name of 100 KB and more documents than the limit', () => {
    expect(refus({ documents: [{ nom: 'x'.repeat(100_000) }] })).toEqual([{ champ: 'documents.0.nom', message: expect.stringMatching(/300 caractères/) }]);
    const documents = Array.from({ length: 2000 }, (_, i) => ({ nom: `Document ${i}` }));
    expect(refus({ documents })).toEqual([{ champ: 'documents', message: expect.stringMatching(/50 au plus/) }]);
    expect(refus({ documents: documents.slice(0, 50) })).toEqual([]);
  });

  it('accepts sources only for the fields of the fiche', () => {
    expect(refus({ sources: { nom: 'étude', siteWeb: 'annuaire', territoireAction: 'étude' } })).toEqual([]);
    const inventees = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`champ${i}`, 'source']));
    const erreurs = refus({ sources: inventees });
    expect(erreurs.length).toBeGreaterThan(0);
    expect(erreurs[0]).toEqual({ champ: expect.stringMatching(/^sources/), message: expect.stringMatching(/Champ inconnu/) });
    expect(refus({ sources: { nom: 'x'.repeat(1001) } })[0]?.message).toMatch(/1 000 caractères/);
  });

  it('accepts a creation date only when the calendar has it', () => {
    for (const date of ['2020-13-45', '2021-02-29', '2020-00', '0999', '20201', '2020-1-5']) {
      expect(refus({ dateCreation: date })).toEqual([{ champ: 'dateCreation', message: expect.stringMatching(/Date de création invalide/) }]);
    }
    for (const date of ['2020', '2020-02', '2020-02-29', '1998-11-05']) expect(refus({ dateCreation: date })).toEqual([]);
  });

  it('accepts a web address only as an http(s) link without markup', () => {
    for (const url of ['<script>alert(1)</script>', 'https://a.fr/<script>', 'javascript:alert(1)', 'http://exemple fr', 'https://localhost', `https://a.fr/${'x'.repeat(2000)}`, 'https://a.fr/"onmouseover=x']) {
      expect(refus({ siteWeb: url })).toEqual([{ champ: 'siteWeb', message: expect.stringMatching(/Adresse web/) }]);
    }
    for (const url of ['https://www.artis-bretagne.fr', 'http://exemple.fr/page?x=1&y=2#haut']) expect(refus({ siteWeb: url })).toEqual([]);
    expect(refus({ documents: [{ nom: 'Statuts', lien: 'javascript:alert(1)' }] })).toEqual([{ champ: 'documents.0.lien', message: expect.stringMatching(/Adresse web/) }]);
  });
});
