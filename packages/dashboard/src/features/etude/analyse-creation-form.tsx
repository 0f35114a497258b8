import { useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { TerritoireRef } from '../../graphql/generated/graphql';
import { runEditeurMutation } from '../../ui/editeur/run-editeur-operation';
import { TerritoirePicker } from '../../ui/territoire/territoire-picker';
import { SECTIONS_ANALYSE, toDonneesAnalyse, type TexteAnalyse } from './analyse-sections';
import { CREER_ANALYSE } from './etude-mutations';

const VIDE: TexteAnalyse = { dynamiquesActeurs: '', politiquesCollectivites: '', axesDeveloppement: '', source: '' };

// A new territorial note, written by an editor: a territory, a title, the study's three questions (any left empty is
// « non renseigné »), a source.
export function AnalyseCreationForm({ jeton, onFin }: { jeton: string; onFin: () => void }) {
  const client = useApolloClient();
  const [territoire, setTerritoire] = useState<(TerritoireRef & { nom: string }) | null>(null);
  const [titre, setTitre] = useState('');
  const [texte, setTexte] = useState<TexteAnalyse>(VIDE);
  const [erreur, setErreur] = useState<{ message: string; champ: string | null } | null>(null);

  async function creer(event: FormEvent) {
    event.preventDefault();
    if (!territoire) {
      setErreur({ message: 'Choisissez le territoire analysé.', champ: 'territoire' });
      return;
    }
    const donnees = { territoire: { niveau: territoire.niveau, code: territoire.code }, titre, ...toDonneesAnalyse(texte) };
    const r = await runEditeurMutation(client, CREER_ANALYSE, { donnees }, jeton);
    if (!r.ok) {
      setErreur({ message: r.message, champ: r.champ });
      return;
    }
    await client.refetchQueries({ include: ['EtudePage'] });
    onFin();
  }

  const erreurDe = (champ: string) => (erreur?.champ === champ ? <span className="champ-erreur">{erreur.message}</span> : null);
  return (
    <form className="analyse-form analyse-card analyse-card-edition" onSubmit={creer} aria-label="Nouvelle note d’analyse territoriale">
      <h3>Nouvelle note</h3>
      {erreur && !erreur.champ ? (
        <p role="alert" className="form-erreur">
          {erreur.message}
        </p>
      ) : null}
      <div className="form-champ">
        <TerritoirePicker label="Territoire analysé" onSelect={(t) => setTerritoire(t)} />
        <span>{territoire ? `Choisi : ${territoire.nom}` : 'Aucun territoire choisi'}</span>
        {erreurDe('territoire')}
      </div>
      <label className="form-champ">
        <span>Titre</span>
        <input type="text" value={titre} aria-invalid={erreur?.champ === 'titre'} onChange={(e) => setTitre(e.target.value)} />
        {erreurDe('titre')}
      </label>
      {[...SECTIONS_ANALYSE.map((s) => ({ champ: s.champ, libelle: s.question })), { champ: 'source' as const, libelle: 'Source' }].map(({ champ, libelle }) => (
        <label key={champ} className="form-champ">
          <span>{libelle}</span>
          <textarea rows={champ === 'source' ? 2 : 3} value={texte[champ]} onChange={(e) => setTexte({ ...texte, [champ]: e.target.value })} />
          {erreurDe(champ)}
        </label>
      ))}
      <div className="form-actions">
        <button type="submit">Créer la note</button>
        <button type="button" onClick={onFin}>
          Annuler
        </button>
      </div>
    </form>
  );
}
