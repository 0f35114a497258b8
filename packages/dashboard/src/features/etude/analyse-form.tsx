import { useState, type FormEvent } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { AnalyseCard_AnalyseFragment } from '../../graphql/generated/graphql';
import { ANALYSE_ACTUELLE, MODIFIER_ANALYSE } from './etude-mutations';
import { SECTIONS_ANALYSE, toDonneesAnalyse, toTexteAnalyse, type TexteAnalyse } from './analyse-sections';
import { runEditeurMutation, runEditeurQuery } from '../../ui/editeur/run-editeur-operation';

interface Conflit {
  actuelle: AnalyseCard_AnalyseFragment;
}

const CHAMPS = [...SECTIONS_ANALYSE.map((s) => ({ champ: s.champ, libelle: s.question })), { champ: 'source' as const, libelle: 'Source' }];

// Editing a note: the three sections and the source, saved with the version read. When someone saved first, both
// versions are shown side by side and the editor's text stays in the form (nothing lost).
export function AnalyseForm({ analyse, jeton, onFin }: { analyse: AnalyseCard_AnalyseFragment; jeton: string; onFin: (enregistree: boolean) => void }) {
  const client = useApolloClient();
  const [texte, setTexte] = useState<TexteAnalyse>(() => toTexteAnalyse(analyse));
  const [version, setVersion] = useState(analyse.version);
  const [erreur, setErreur] = useState<{ message: string; champ: string | null } | null>(null);
  const [conflit, setConflit] = useState<Conflit | null>(null);
  const [envoi, setEnvoi] = useState(false);

  async function enregistrer(event: FormEvent) {
    event.preventDefault();
    setEnvoi(true);
    setErreur(null);
    const r = await runEditeurMutation(client, MODIFIER_ANALYSE, { id: analyse.id, version, donnees: toDonneesAnalyse(texte) }, jeton);
    if (r.ok) {
      setEnvoi(false);
      setConflit(null);
      await client.refetchQueries({ include: ['EtudePage'] });
      onFin(true);
      return;
    }
    if (r.code === 'CONFLICT') {
      const actuelle = await runEditeurQuery(client, ANALYSE_ACTUELLE, { id: analyse.id }, jeton);
      if (actuelle.ok && actuelle.data.analyseTerritoriale) setConflit({ actuelle: actuelle.data.analyseTerritoriale });
    }
    setErreur({ message: r.message, champ: r.champ });
    setEnvoi(false);
  }

  function garderLaMienne() {
    if (!conflit) return;
    // The editor has seen the other version: saving now replaces it knowingly.
    setVersion(conflit.actuelle.version);
    setConflit(null);
    setErreur(null);
  }

  return (
    <form className="analyse-form" onSubmit={enregistrer} aria-label={`Modifier la note ${analyse.titre}`}>
      {conflit ? (
        <div className="conflit" role="alert">
          <h4>Quelqu’un a enregistré cette note avant vous</h4>
          <p>
            Version {conflit.actuelle.version}, par {conflit.actuelle.auteur ?? 'un éditeur'}. Votre texte n’est pas perdu : il est encore dans le
            formulaire. Comparez, puis gardez le vôtre ou abandonnez.
          </p>
          <table className="data-table conflit-table">
            <thead>
              <tr>
                <th scope="col">Champ</th>
                <th scope="col">Version enregistrée (v{conflit.actuelle.version})</th>
                <th scope="col">Votre version</th>
              </tr>
            </thead>
            <tbody>
              {CHAMPS.map(({ champ, libelle }) => (
                <tr key={champ}>
                  <th scope="row">{libelle}</th>
                  <td>{conflit.actuelle[champ] ?? <span className="non-renseigne">non renseigné</span>}</td>
                  <td>{texte[champ].trim() || <span className="non-renseigne">non renseigné</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="form-actions">
            <button type="button" onClick={garderLaMienne}>
              Garder ma version (remplacer la v{conflit.actuelle.version})
            </button>
            <button type="button" onClick={() => onFin(false)}>
              Abandonner ma version
            </button>
          </div>
        </div>
      ) : erreur ? (
        <p role="alert" className="form-erreur">
          {erreur.message}
        </p>
      ) : null}
      {CHAMPS.map(({ champ, libelle }) => (
        <label key={champ} className="form-champ">
          <span>{libelle}</span>
          <textarea
            name={champ}
            rows={champ === 'source' ? 2 : 4}
            value={texte[champ]}
            aria-invalid={erreur?.champ === champ}
            onChange={(e) => setTexte({ ...texte, [champ]: e.target.value })}
          />
          {erreur?.champ === champ ? <span className="champ-erreur">{erreur.message}</span> : null}
        </label>
      ))}
      <div className="form-actions">
        <button type="submit" disabled={envoi || conflit !== null}>
          {envoi ? 'Enregistrement…' : 'Enregistrer'}
        </button>
        <button type="button" onClick={() => onFin(false)}>
          Annuler
        </button>
      </div>
    </form>
  );
}
