import type { CommuneCog } from '../territoires/contours-officiels/map-communes-2018';

// Entries copied from @etalab/decoupage-administratif 6.0.0 (communes.json), reduced to the fields the
// vintage mapping reads; the comment of each group says which 2018 codes the outlines carry.
export const COMMUNES_COG_FIXTURE: CommuneCog[] = [
  // Saint-Champ (01341, outline of 2018) merged into Magnieu: only `anciensCodes` tells.
  { code: '01227', type: 'commune-actuelle', zone: 'metro', anciensCodes: ['01341'] },
  // La Neuville-Garnier (60455) is déléguée of Les Hauts-Talican (60694, Villotran in 2018) and an ancien
  // code of Beaumont-les-Nonains (60054): it belongs to 60694.
  { code: '60054', type: 'commune-actuelle', zone: 'metro', anciensCodes: ['60455'] },
  { code: '60455', type: 'commune-deleguee', zone: 'metro', chefLieu: '60694' },
  { code: '60694', type: 'commune-actuelle', zone: 'metro' },
  { code: '60694', type: 'commune-deleguee', zone: 'metro', chefLieu: '60694' },
  // Sannerville (14666) was part of Saline (14712) in 2018 and has been restored since: no outline of its own.
  { code: '14114', type: 'commune-associee', zone: 'metro', chefLieu: '14712' },
  { code: '14666', type: 'commune-actuelle', zone: 'metro' },
  { code: '14712', type: 'commune-actuelle', zone: 'metro', anciensCodes: ['14114'] },
  // Paris (one 2018 outline) and one of its arrondissements municipaux.
  { code: '75056', type: 'commune-actuelle', zone: 'metro' },
  { code: '75101', type: 'arrondissement-municipal', zone: 'metro', commune: '75056' },
  // Saint-Pierre (Saint-Pierre-et-Miquelon), a collectivité d'outre-mer: outside the product's territories.
  { code: '97502', type: 'commune-actuelle', zone: 'com' },
];

export const CODES_2018_FIXTURE = ['01227', '01341', '14712', '60054', '60455', '60694', '75056'];
