import { useEffect, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { HistoriqueAnalyseQuery } from '../../graphql/generated/graphql';
import { HISTORIQUE_ANALYSE } from './etude-mutations';
import { formatDateHeure } from './format-date';
import { runEditeurQuery } from '../../ui/editeur/run-editeur-operation';

type Modification = NonNullable<HistoriqueAnalyseQuery['analyseTerritoriale']>['historique'][number];

const ACTIONS: Record<string, string> = { CREATION: 'Création', MODIFICATION: 'Modification', SUPPRESSION: 'Suppression', IMPORT: 'Chargement initial' };

// The writes on a note (editors only, as the API says).
export function AnalyseHistorique({ id, jeton }: { id: string; jeton: string }) {
  const client = useApolloClient();
  const [lignes, setLignes] = useState<Modification[] | null>(null);
  const [erreur, setErreur] = useState<string | null>(null);
  useEffect(() => {
    void runEditeurQuery(client, HISTORIQUE_ANALYSE, { id }, jeton).then((r) => {
      if (r.ok) setLignes(r.data.analyseTerritoriale?.historique ?? []);
      else setErreur(r.message);
    });
  }, [client, id, jeton]);
  if (erreur) return <p role="alert">{erreur}</p>;
  if (!lignes) return <p role="status">Chargement de l’historique…</p>;
  return (
    <ol className="historique" aria-label="Historique de la note">
      {lignes.map((m, i) => (
        <li key={i}>
          <strong>{ACTIONS[m.action] ?? m.action}</strong> le {formatDateHeure(m.le)} par {m.auteur ?? 'inconnu'} :{' '}
          {Object.keys(m.changements as Record<string, unknown>).join(', ') || 'aucun champ'}
        </li>
      ))}
    </ol>
  );
}
