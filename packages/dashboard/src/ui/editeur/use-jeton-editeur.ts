import { useCallback, useState } from 'react';

// The editor's API token lives in this tab's sessionStorage only: gone when the tab closes, never in the URL.
const CLE = 'poles-ess.jeton-editeur';

export interface SessionEditeur {
  jeton: string;
  nom: string | null;
  role: string;
  codeRegion: string | null;
}

function lire(): SessionEditeur | null {
  try {
    const texte = sessionStorage.getItem(CLE);
    return texte ? (JSON.parse(texte) as SessionEditeur) : null;
  } catch {
    return null;
  }
}

export function useJetonEditeur() {
  const [session, setSession] = useState<SessionEditeur | null>(lire);
  const ouvrir = useCallback((nouvelle: SessionEditeur) => {
    sessionStorage.setItem(CLE, JSON.stringify(nouvelle));
    setSession(nouvelle);
  }, []);
  const fermer = useCallback(() => {
    sessionStorage.removeItem(CLE);
    setSession(null);
  }, []);
  return { session, ouvrir, fermer };
}

export const authHeaders = (jeton: string) => ({ headers: { authorization: `Bearer ${jeton}` } });
