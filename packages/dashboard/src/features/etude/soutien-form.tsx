import { useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { SOUTIEN_COLLECTIVITES_LABELS, SOUTIENS_COLLECTIVITES } from '@poles-ess/shared';
import type { PrealablesRow_PrealablesFragment, SoutienCollectivites } from '../../graphql/generated/graphql';
import { EVALUER_SOUTIEN } from './etude-mutations';
import { runEditeurMutation } from '../../ui/editeur/run-editeur-operation';

const VALEURS = SOUTIENS_COLLECTIVITES.map((valeur) => ({ valeur, libelle: SOUTIEN_COLLECTIVITES_LABELS[valeur] }));

// Recording the local authorities' support of a Pays (the study's second prerequisite), with its source.
export function SoutienForm({ pays, jeton, onFin }: { pays: PrealablesRow_PrealablesFragment; jeton: string; onFin: () => void }) {
  const client = useApolloClient();
  const actuelle = pays.evaluationSoutien;
  const [valeur, setValeur] = useState<SoutienCollectivites>(actuelle?.valeur ?? 'OUI');
  const [source, setSource] = useState(actuelle?.source ?? '');
  const [texte, setTexte] = useState(actuelle?.texte ?? '');
  const [date, setDate] = useState(actuelle?.dateEvaluation ?? '');
  const [erreur, setErreur] = useState<{ message: string; champ: string | null; conflit: boolean } | null>(null);
  const [envoi, setEnvoi] = useState(false);

  async function enregistrer(event: FormEvent) {
    event.preventDefault();
    setEnvoi(true);
    const r = await runEditeurMutation(
      client,
      EVALUER_SOUTIEN,
      {
        territoire: { niveau: 'PAYS', code: pays.code },
        valeur,
        source: source || null,
        texte: texte || null,
        dateEvaluation: date || null,
        version: actuelle?.version ?? null,
      },
      jeton,
    );
    setEnvoi(false);
    if (r.ok) {
      // Every cached list of prerequisites is now stale (the Bretagne view's too, even when not on screen).
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'prealables' });
      await client.refetchQueries({ include: ['EtudePage'] });
      onFin();
      return;
    }
    setErreur({ message: r.message, champ: r.champ, conflit: r.code === 'CONFLICT' });
  }

  const erreurDe = (champ: string) => (erreur?.champ === champ ? <span className="champ-erreur">{erreur.message}</span> : null);
  return (
    <form className="soutien-form" onSubmit={enregistrer} aria-label={`Soutien des collectivités : ${pays.nom}`}>
      {erreur && (erreur.conflit || !erreur.champ) ? (
        <p role="alert" className="form-erreur">
          {erreur.conflit
            ? `Un autre éditeur a enregistré une évaluation pour ${pays.nom} entre-temps. Vos saisies restent ci-dessous : rechargez la page pour voir la sienne, puis enregistrez à nouveau si besoin. (${erreur.message})`
            : erreur.message}
        </p>
      ) : null}
      <fieldset>
        <legend>Soutien des collectivités locales</legend>
        {VALEURS.map((v) => (
          <label key={v.valeur} className="form-radio">
            <input type="radio" name={`soutien-${pays.code}`} value={v.valeur} checked={valeur === v.valeur} onChange={() => setValeur(v.valeur)} />
            {v.libelle}
          </label>
        ))}
      </fieldset>
      <label className="form-champ">
        <span>Source (obligatoire pour oui ou non)</span>
        <input type="text" value={source} aria-invalid={erreur?.champ === 'source'} onChange={(e) => setSource(e.target.value)} />
        {erreurDe('source')}
      </label>
      <label className="form-champ">
        <span>Ce qui la fonde</span>
        <textarea rows={2} value={texte} aria-invalid={erreur?.champ === 'texte'} onChange={(e) => setTexte(e.target.value)} />
        {erreurDe('texte')}
      </label>
      <label className="form-champ">
        <span>Date</span>
        <input type="date" value={date} aria-invalid={erreur?.champ === 'dateEvaluation'} onChange={(e) => setDate(e.target.value)} />
        {erreurDe('dateEvaluation')}
      </label>
      <div className="form-actions">
        <button type="submit" disabled={envoi}>
          {envoi ? 'Enregistrement…' : 'Enregistrer l’évaluation'}
        </button>
        <button type="button" onClick={onFin}>
          Annuler
        </button>
      </div>
    </form>
  );
}
