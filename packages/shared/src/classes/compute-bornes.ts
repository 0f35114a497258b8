import { ckmeans, quantile } from 'simple-statistics';
import { classeDe } from './classe-de';

export const METHODES_CLASSIFICATION = ['QUANTILES', 'EGAUX', 'JENKS'] as const;
export type MethodeClassification = (typeof METHODES_CLASSIFICATION)[number];

// Seuils intérieurs bruts de la méthode (n classes → n − 1 seuils) sur des valeurs triées.
function computeSeuils(tries: readonly number[], methode: MethodeClassification, n: number): number[] {
  const min = tries[0]!;
  const max = tries[tries.length - 1]!;
  const interieurs = Array.from({ length: n - 1 }, (_, i) => i + 1);
  switch (methode) {
    case 'EGAUX':
      return interieurs.map((i) => min + ((max - min) * i) / n);
    case 'QUANTILES':
      return interieurs.map((i) => quantile([...tries], i / n));
    case 'JENKS':
      return ckmeans([...tries], n).slice(1).map((groupe) => groupe[0]!);
  }
}

// Début de chaque classe : chaque seuil ramené à la plus petite valeur qui l'atteint, sans doublon. Une valeur
// égale à un seuil va dans la classe du dessus (classeDe) : les classes restent les mêmes, mais chacune commence
// sur une valeur réelle, aucune n'est vide, et des valeurs entières donnent des bornes entières.
function computeDebuts(tries: readonly number[], methode: MethodeClassification, nombre: number): number[] {
  const distinctes = [...new Set(tries)];
  if (distinctes.length <= nombre) return distinctes;
  const debuts = [distinctes[0]!];
  for (const seuil of computeSeuils(tries, methode, nombre)) {
    const debut = distinctes.find((v) => v >= seuil);
    if (debut !== undefined && debut > debuts[debuts.length - 1]!) debuts.push(debut);
  }
  return debuts;
}

/**
 * Bornes [b0, b1, …, bn] des classes d'une carte choroplèthe (classe i = [bi, bi+1[, la dernière fermée), la règle
 * unique de l'API (`classes`) et du tableau de bord :
 * - des valeurs distinctes ne partagent jamais une classe par accident de calcul : s'il y a au plus `nombre` valeurs
 *   distinctes, chacune a sa classe ; sinon chaque classe commence sur une valeur réelle (aucune classe vide) ;
 * - des valeurs entières (nombre de pôles, population) ont des bornes entières ;
 * - zéro, quand il est présent et minimum, est une classe à lui seul (« aucun pôle » ne se confond pas avec « un »).
 */
export function computeBornes(valeurs: readonly number[], methode: MethodeClassification, nombre: number): number[] {
  const tries = valeurs.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (tries.length === 0) return [];
  const max = tries[tries.length - 1]!;
  const n = Math.max(1, Math.floor(nombre));
  const zeroSeul = tries[0] === 0 && max > 0 && n >= 2;
  const reste = zeroSeul ? tries.filter((v) => v !== 0) : tries;
  const debuts = computeDebuts(reste, methode, zeroSeul ? n - 1 : n);
  return [...(zeroSeul ? [0] : []), ...debuts, max];
}

export interface ResumeClasse {
  /** Plus petite et plus grande valeur de la classe : ce que la légende annonce, sans intervalle vide à cheval. */
  min: number;
  max: number;
  effectif: number;
}

/** Ce que contient chaque classe (dans l'ordre des bornes) ; une classe sans valeur a un effectif nul. */
export function summarizeClasses(bornes: readonly number[], valeurs: readonly (number | null | undefined)[]): ResumeClasse[] {
  const resumes = Array.from({ length: Math.max(0, bornes.length - 1) }, (_, i) => ({ min: bornes[i]!, max: bornes[i]!, effectif: 0 }));
  for (const valeur of valeurs) {
    if (valeur === null || valeur === undefined || !Number.isFinite(valeur) || resumes.length === 0) continue;
    const resume = resumes[classeDe(valeur, bornes)]!;
    if (resume.effectif === 0 || valeur < resume.min) resume.min = valeur;
    if (resume.effectif === 0 || valeur > resume.max) resume.max = valeur;
    resume.effectif += 1;
  }
  return resumes;
}
