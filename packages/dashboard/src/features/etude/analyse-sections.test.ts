import { toDonneesAnalyse, toTexteAnalyse } from './analyse-sections';

describe('analyse sections', () => {
  it('turns an empty box into null (« non renseigné ») and back', () => {
    const texte = toTexteAnalyse({
      id: 'a', titre: 't', niveau: 'ANCIENNE_REGION', code: '53', version: 1, dynamiquesActeurs: 'Six associations', politiquesCollectivites: null,
      axesDeveloppement: null, source: 'étude', auteur: null, modifieLe: '2026-01-01T00:00:00Z', territoire: null, focus: [],
    } as Parameters<typeof toTexteAnalyse>[0]);
    expect(texte).toEqual({ dynamiquesActeurs: 'Six associations', politiquesCollectivites: '', axesDeveloppement: '', source: 'étude' });
    expect(toDonneesAnalyse({ ...texte, axesDeveloppement: '   ' })).toEqual({
      dynamiquesActeurs: 'Six associations', politiquesCollectivites: null, axesDeveloppement: null, source: 'étude',
    });
  });
});
