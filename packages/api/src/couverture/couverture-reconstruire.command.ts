import type { DatabaseCommand } from '../context';
import { refreshCouvertureCommunes } from './couverture-communes.refresh';

// `pnpm couverture:reconstruire`: every coverage table computed again from all poles and territories (saves only
// update what they change; this is the reference they are tested against, and the repair after a hand edit).
export const reconstruireCouvertureCommand: DatabaseCommand = {
  name: 'couverture:reconstruire',
  description: 'Recalcule toutes les distances au pôle le plus proche et la couverture des territoires.',
  async run(_args, { db }) {
    const debut = Date.now();
    const n = await db.transaction((tx) => refreshCouvertureCommunes(tx));
    console.log(`Couverture reconstruite : ${n} communes en ${((Date.now() - debut) / 1000).toFixed(1)} s.`);
  },
};
