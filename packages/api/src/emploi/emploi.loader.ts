import DataLoader from 'dataloader';
import type { ApiContext } from '../context';
import type { DenominateurEmploi } from './emploi-ess.enums';
import type { EmploiEss } from './emploi-ess.entity';
import { listEmploisFiche, listEmploisParTerritoire } from './emploi.service';

export interface TerritoireCle {
  niveau: string;
  code: string;
}
const cacheKey = (t: TerritoireCle) => `${t.niveau}|${t.code}`;

// One loader per argument combination, built per request: one statement for all territories of a response.
export function emploisLoader(
  ctx: ApiContext,
  annee: number | null,
  denominateur: DenominateurEmploi | null,
): DataLoader<TerritoireCle, EmploiEss[]> {
  return ctx.loaders.get(`emploi.emplois:${annee ?? ''}:${denominateur ?? ''}`, () =>
    new DataLoader<TerritoireCle, EmploiEss[], string>(
      (keys) => listEmploisParTerritoire(ctx.db, keys, { annee, denominateur }),
      { cacheKeyFn: cacheKey },
    ),
  );
}

export function emploiFicheLoader(ctx: ApiContext): DataLoader<TerritoireCle, EmploiEss | null> {
  return ctx.loaders.get('emploi.fiche', () =>
    new DataLoader<TerritoireCle, EmploiEss | null, string>((keys) => listEmploisFiche(ctx.db, keys), {
      cacheKeyFn: cacheKey,
    }),
  );
}
