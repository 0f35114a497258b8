// Ligatures do not decompose (NFD keeps « œ »): spelled out, « plœmeur » and « ploemeur » meet.
const LIGATURES: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

// Recherche sans accents, ligatures ni casse : « Île » et « ile », « Plœmeur » et « ploemeur » se retrouvent.
export function normalizeSearch(text: string): string {
  return text
    .replace(/[œŒæÆ]/g, (l) => LIGATURES[l]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, ' ')
    .replace(/[^a-zA-Z0-9]+/g, ' ')
    .trim()
    .toLowerCase();
}
