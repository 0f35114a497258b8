import { useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { FONCTION_POLE_LABELS, FONCTIONS_POLE, STATUT_POLE_LABELS, STATUTS_POLE, TYPE_POLE_LABELS, TYPES_POLE } from '@poles-ess/shared';
import type { FicheEdition_PoleFragment, FonctionPole, StatutPole, TypePole } from '../../graphql/generated/graphql';
import { runEditeurMutation, runEditeurQuery } from '../../ui/editeur/run-editeur-operation';
import { CHAMPS_EDITION, checkValeursFiche, GROUPES_EDITION, toDonneesPole, toValeursFiche, type ValeursFiche } from './fiche-edition-champs';
import { FICHE_EDITION_QUERY, MODIFIER_POLE } from './fiche-edition-query';
import './fiche-edition.css';

// Editing a fiche, field by field as the study's template lays it out; errors next to their field; when someone
// saved first, both versions side by side and the editor's values kept in the form.
export function FicheEditionForm({ pole, jeton, onFin }: { pole: FicheEdition_PoleFragment; jeton: string; onFin: (ok: boolean) => void }) {
  const client = useApolloClient();
  const [avant] = useState<ValeursFiche>(() => toValeursFiche(pole));
  const [valeurs, setValeurs] = useState<ValeursFiche>(() => toValeursFiche(pole));
  const [version, setVersion] = useState(pole.version);
  const [erreurs, setErreurs] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflit, setConflit] = useState<ValeursFiche & { version: number } | null>(null);
  const [envoi, setEnvoi] = useState(false);

  const setTexte = (champ: string, texte: string) => setValeurs({ ...valeurs, textes: { ...valeurs.textes, [champ]: texte } });

  async function enregistrer(event: FormEvent) {
    event.preventDefault();
    const locales = checkValeursFiche(valeurs);
    setErreurs(locales);
    if (Object.keys(locales).length > 0) {
      setMessage('Corrigez les champs signalés.');
      return;
    }
    setEnvoi(true);
    const r = await runEditeurMutation(client, MODIFIER_POLE, { id: pole.id, version, donnees: toDonneesPole(avant, valeurs) }, jeton);
    setEnvoi(false);
    if (r.ok) {
      await client.refetchQueries({ include: ['PoleFiche', 'FicheEdition'] });
      onFin(true);
      return;
    }
    if (r.code === 'CONFLICT') {
      const actuelle = await runEditeurQuery(client, FICHE_EDITION_QUERY, { id: pole.id }, jeton);
      if (actuelle.ok && actuelle.data.pole) setConflit({ ...toValeursFiche(actuelle.data.pole), version: actuelle.data.pole.version });
    }
    const champ = r.champ?.split('.')[0] ?? null;
    setErreurs(champ ? { [champ]: r.message } : {});
    setMessage(r.message);
  }

  const differences = conflit ? CHAMPS_EDITION.filter(({ champ }) => (conflit.textes[champ] ?? '') !== (valeurs.textes[champ] ?? '')) : [];
  return (
    <form className="fiche-edition" onSubmit={enregistrer} aria-label={`Modifier la fiche ${pole.nom}`} noValidate>
      {conflit ? (
        <div className="conflit" role="alert">
          <h2>Quelqu’un a enregistré cette fiche avant vous</h2>
          <p>
            La fiche est maintenant en version {conflit.version}. Vos saisies sont toujours dans le formulaire ci-dessous. Comparez, puis gardez
            les vôtres ou abandonnez.
          </p>
          <table className="data-table conflit-table">
            <thead>
              <tr>
                <th scope="col">Champ</th>
                <th scope="col">Version enregistrée (v{conflit.version})</th>
                <th scope="col">Votre version</th>
              </tr>
            </thead>
            <tbody>
              {differences.map(({ champ, libelle }) => (
                <tr key={champ}>
                  <th scope="row">{libelle}</th>
                  <td>{conflit.textes[champ] || <span className="non-renseigne">non renseigné</span>}</td>
                  <td>{valeurs.textes[champ] || <span className="non-renseigne">non renseigné</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" onClick={() => { setVersion(conflit.version); setConflit(null); setMessage(null); }}>
              Garder mes valeurs (remplacer la v{conflit.version})
            </button>
            <button type="button" onClick={() => onFin(false)}>
              Abandonner mes valeurs
            </button>
          </div>
        </div>
      ) : message ? (
        <p role="alert" className="form-erreur">
          {message}
        </p>
      ) : null}
      <div className="fiche-edition-groupes">
        <fieldset>
          <legend>Type et statut</legend>
          <label className="form-champ">
            <span>Type</span>
            <select value={valeurs.type} onChange={(e) => setValeurs({ ...valeurs, type: e.target.value as TypePole })}>
              {TYPES_POLE.map((t) => <option key={t} value={t}>{TYPE_POLE_LABELS[t]}</option>)}
            </select>
          </label>
          <label className="form-champ">
            <span>Statut</span>
            <select value={valeurs.statut} onChange={(e) => setValeurs({ ...valeurs, statut: e.target.value as StatutPole })}>
              {STATUTS_POLE.map((s) => <option key={s} value={s}>{STATUT_POLE_LABELS[s]}</option>)}
            </select>
          </label>
          <fieldset>
            <legend>Fonctions</legend>
            {FONCTIONS_POLE.map((f) => (
              <label key={f} className="form-radio">
                <input
                  type="checkbox"
                  checked={valeurs.fonctions.includes(f)}
                  onChange={(e) => setValeurs({ ...valeurs, fonctions: e.target.checked ? [...valeurs.fonctions, f] : valeurs.fonctions.filter((x: FonctionPole) => x !== f) })}
                />
                {FONCTION_POLE_LABELS[f]}
              </label>
            ))}
          </fieldset>
          <label className="form-champ">
            <span>Territoire d’action</span>
            <input
              type="text"
              value={valeurs.territoireAction.libelle}
              aria-invalid={Boolean(erreurs.territoireAction)}
              onChange={(e) => setValeurs({ ...valeurs, territoireAction: { ...valeurs.territoireAction, libelle: e.target.value } })}
            />
            {erreurs.territoireAction ? <span className="champ-erreur">{erreurs.territoireAction}</span> : null}
          </label>
        </fieldset>
        {GROUPES_EDITION.map((groupe) => (
          <fieldset key={groupe.titre}>
            <legend>{groupe.titre}</legend>
            {groupe.champs.map(({ champ, libelle, genre }) => (
              <label key={champ} className="form-champ">
                <span>{libelle}</span>
                {genre === 'long' ? (
                  <textarea rows={3} value={valeurs.textes[champ]} aria-invalid={Boolean(erreurs[champ])} onChange={(e) => setTexte(champ, e.target.value)} />
                ) : (
                  <input
                    type="text"
                    inputMode={genre === 'texte' ? undefined : 'numeric'}
                    value={valeurs.textes[champ]}
                    aria-invalid={Boolean(erreurs[champ])}
                    onChange={(e) => setTexte(champ, e.target.value)}
                  />
                )}
                {erreurs[champ] ? <span className="champ-erreur">{erreurs[champ]}</span> : null}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <label className="form-champ">
        <span>Source des valeurs modifiées (sinon : votre nom et la date)</span>
        <input type="text" value={valeurs.source} onChange={(e) => setValeurs({ ...valeurs, source: e.target.value })} />
      </label>
      <div className="form-actions">
        <button type="submit" disabled={envoi || conflit !== null}>
          {envoi ? 'Enregistrement…' : 'Enregistrer la fiche'}
        </button>
        <button type="button" onClick={() => onFin(false)}>
          Annuler
        </button>
      </div>
    </form>
  );
}
