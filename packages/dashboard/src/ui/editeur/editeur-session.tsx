import { useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { MOI_QUERY } from './moi-query';
import { runEditeurQuery } from './run-editeur-operation';
import type { SessionEditeur } from './use-jeton-editeur';
import './editeur.css';

// Sign-in with an API token (pnpm jetons:creer): checked by the API, kept for this tab only, never in the URL.
// Shared by every page with edit controls (the study, the fiches).
export function EditeurSession({ session, ouvrir, fermer }: { session: SessionEditeur | null; ouvrir: (s: SessionEditeur) => void; fermer: () => void }) {
  const client = useApolloClient();
  const [jeton, setJeton] = useState('');
  const [erreur, setErreur] = useState<string | null>(null);

  async function connecter(event: FormEvent) {
    event.preventDefault();
    const saisi = jeton.trim();
    if (!saisi) {
      setErreur('Collez votre jeton d’API.');
      return;
    }
    const r = await runEditeurQuery(client, MOI_QUERY, {}, saisi);
    if (!r.ok) {
      setErreur(r.message);
      return;
    }
    if (r.data.moi.role === 'lecteur') {
      setErreur('Ce jeton ne donne pas le droit d’écrire.');
      return;
    }
    setJeton('');
    setErreur(null);
    ouvrir({ jeton: saisi, nom: r.data.moi.nom ?? null, role: r.data.moi.role, codeRegion: r.data.moi.codeRegion ?? null });
  }

  if (session) {
    return (
      <div className="editeur-session" role="region" aria-label="Espace éditeur">
        <p>
          Connecté comme <strong>{session.nom ?? 'éditeur'}</strong> ({session.role === 'admin' ? 'administrateur' : 'éditeur'}
          {session.codeRegion ? `, région ${session.codeRegion}` : ''}).
        </p>
        <button type="button" onClick={fermer}>
          Se déconnecter
        </button>
      </div>
    );
  }
  return (
    <form className="editeur-session" onSubmit={connecter} aria-label="Espace éditeur">
      <label className="form-champ">
        <span>Éditeur ? Jeton d’API</span>
        <input type="password" autoComplete="off" value={jeton} onChange={(e) => setJeton(e.target.value)} aria-invalid={erreur !== null} />
      </label>
      <button type="submit">Se connecter</button>
      {erreur ? (
        <p role="alert" className="form-erreur">
          {erreur}
        </p>
      ) : null}
    </form>
  );
}
