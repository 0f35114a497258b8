import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { FicheEditionQuery } from '../../graphql/generated/graphql';
import { EditeurSession } from '../../ui/editeur/editeur-session';
import { runEditeurQuery } from '../../ui/editeur/run-editeur-operation';
import { useJetonEditeur } from '../../ui/editeur/use-jeton-editeur';
import { FicheEditionForm } from './fiche-edition-form';
import { FICHE_EDITION_QUERY } from './fiche-edition-query';

type PoleEdition = NonNullable<FicheEditionQuery['pole']>;

const DATE_HEURE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' });
const ACTIONS: Record<string, string> = {
  CREATION: 'Création', MODIFICATION: 'Modification', SUPPRESSION: 'Suppression', RESTAURATION: 'Restauration', IMPORT: 'Import',
};

// The editor's part of a fiche: sign in, edit, history. A reader only sees the sign-in box, no edit control.
export function FicheEditeur({ id }: { id: string }) {
  const client = useApolloClient();
  const { session, ouvrir, fermer } = useJetonEditeur();
  const [pole, setPole] = useState<PoleEdition | null>(null);
  const [mode, setMode] = useState<'edition' | 'historique' | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  async function ouvrirMode(nouveau: 'edition' | 'historique') {
    if (!session) return;
    setMessage(null);
    const r = await runEditeurQuery(client, FICHE_EDITION_QUERY, { id }, session.jeton);
    if (!r.ok || !r.data.pole) {
      setMessage(r.ok ? 'Fiche introuvable.' : r.message);
      return;
    }
    setPole(r.data.pole);
    setMode(nouveau);
  }

  return (
    <section className="fiche-editeur no-print" aria-label="Édition de la fiche">
      <EditeurSession session={session} ouvrir={ouvrir} fermer={() => { fermer(); setMode(null); }} />
      {session ? (
        <div className="fiche-historique-actions">
          <button type="button" onClick={() => void ouvrirMode('edition')}>
            Modifier la fiche
          </button>
          <button type="button" onClick={() => (mode === 'historique' ? setMode(null) : void ouvrirMode('historique'))}>
            {mode === 'historique' ? 'Masquer l’historique' : 'Historique de la fiche'}
          </button>
        </div>
      ) : null}
      {message ? <p role="status" className="fiche-ok">{message}</p> : null}
      {session && pole && mode === 'edition' ? (
        <FicheEditionForm
          key={pole.version}
          pole={pole}
          jeton={session.jeton}
          onFin={(ok) => {
            setMode(null);
            setMessage(ok ? 'Fiche enregistrée.' : null);
          }}
        />
      ) : null}
      {session && pole && mode === 'historique' ? (
        <ol className="historique" aria-label="Historique de la fiche">
          {pole.historique.map((m, i) => (
            <li key={i}>
              <strong>{ACTIONS[m.action] ?? m.action}</strong> le {DATE_HEURE.format(new Date(m.le))} par {m.auteur ?? 'inconnu'} :{' '}
              {Object.keys(m.changements as Record<string, unknown>).join(', ') || 'aucun champ'}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
