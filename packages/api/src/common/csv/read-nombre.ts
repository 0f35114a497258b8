export type Lecture = { ok: true; valeur: number | null } | { ok: false; message: string };

// « 13,9 », « 13.9 », « 2 340 000 » (spaces or no-break spaces as thousands separators).
export function readDecimal(texte: string | null, min: number, max: number): Lecture {
  if (texte === null) return { ok: true, valeur: null };
  const normalise = texte.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalise)) return { ok: false, message: `« ${texte} » n'est pas un nombre` };
  const valeur = Number(normalise);
  if (valeur < min || valeur > max) return { ok: false, message: `${texte} hors de l'intervalle ${min}–${max}` };
  return { ok: true, valeur };
}

export function readEntier(texte: string | null, min: number, max: number): Lecture {
  const lecture = readDecimal(texte, min, max);
  if (lecture.ok && lecture.valeur !== null && !Number.isInteger(lecture.valeur)) {
    return { ok: false, message: `« ${texte} » n'est pas un nombre entier` };
  }
  return lecture;
}
