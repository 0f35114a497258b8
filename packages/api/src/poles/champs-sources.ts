import { CHAMPS_FICHE } from './champ-fiche.decorator';
import './pole.entity';

// The fields whose source is kept: every fiche field and the territory of action (the precision of a position
// has the position's source; `source` is the default source itself).
export const CHAMPS_SOURCES: readonly string[] = [
  ...CHAMPS_FICHE.map((c) => c.property).filter((p) => p !== 'source' && p !== 'precisionPosition'),
  'territoireAction',
];
