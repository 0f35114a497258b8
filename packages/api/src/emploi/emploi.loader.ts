import DataLoader from 'dataloader';
import type { ApiContext } from '../context';
import type { EmploiEss } from './emploi-ess.entity';
import { listEmploisFiche, listEmploisParTerritoire, type EmploiFiltre } from './emploi.service';

export interface TerritoireCle {
  niveau: string;
  code: string;
}
const cacheKey = (t: TerritoireCle) => `${t.niveau}|${t.code}`;

// One loader per argument combination, built per request: one statement for all territories of a response.
export function emploisLoader(
  ctx: ApiContext,
  options: Pick<EmploiFiltre, 'annee' | 'denominateur' | 'champ' | 'dernier'>,
): DataLoader<TerritoireCle, EmploiEss[]> {
  const { annee, denominateur, champ, dernier } = options;
  return ctx.loaders.get(`emploi.emplois:${annee ?? ''}:${denominateur ?? ''}:${champ ?? ''}:${dernier ? 1 : 0}`, () =>
    new DataLoader<TerritoireCle, EmploiEss[], string>(
      (keys) => listEmploisParTerritoire(ctx.db, keys, options),
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
