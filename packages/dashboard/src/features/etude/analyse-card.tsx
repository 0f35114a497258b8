import { useState } from 'react';
import type { AnalyseCard_AnalyseFragment } from '../../graphql/generated/graphql';
import { AnalyseForm } from './analyse-form';
import { AnalyseHistorique } from './analyse-historique';
import { SECTIONS_ANALYSE } from './analyse-sections';
import { formatDateHeure } from './format-date';

// One territorial note: the study's three questions, each answered or « non renseigné ». Edit controls only for a
// signed-in editor.
export function AnalyseCard({ analyse, jeton }: { analyse: AnalyseCard_AnalyseFragment; jeton: string | null }) {
  const [mode, setMode] = useState<'lecture' | 'edition' | 'historique'>('lecture');
  const [enregistree, setEnregistree] = useState(false);
  const focus = analyse.focus.map((f) => f.cite ?? f.territoire?.nom ?? f.code);
  return (
    <article className={`analyse-card${mode === 'edition' ? ' analyse-card-edition' : ''}`} aria-labelledby={`analyse-${analyse.id}`} data-territoire={`${analyse.niveau}:${analyse.code}`}>
      <h3 id={`analyse-${analyse.id}`}>{analyse.titre}</h3>
      <p className="analyse-territoire">
        {analyse.territoire?.nom ?? `${analyse.niveau} ${analyse.code}`}
        {focus.length > 0 ? ` — focus : ${focus.join(', ')}` : ''}
      </p>
      {mode === 'edition' && jeton ? (
        <AnalyseForm
          analyse={analyse}
          jeton={jeton}
          onFin={(ok) => {
            setEnregistree(ok);
            setMode('lecture');
          }}
        />
      ) : (
        <dl className="analyse-sections">
          {SECTIONS_ANALYSE.map(({ champ, question }) => (
            <div key={champ}>
              <dt>{question}</dt>
              <dd>{analyse[champ] ?? <span className="non-renseigne">non renseigné</span>}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="source-note">
        Source : {analyse.source ?? 'non renseignée'}
        {analyse.auteur ? ` — écrit par ${analyse.auteur}` : ''} — version {analyse.version}, modifiée le {formatDateHeure(analyse.modifieLe)}
      </p>
      {enregistree ? <p role="status" className="form-ok">Note enregistrée.</p> : null}
      {jeton && mode !== 'edition' ? (
        <div className="form-actions">
          <button type="button" onClick={() => { setEnregistree(false); setMode('edition'); }}>
            Modifier la note
          </button>
          <button type="button" onClick={() => setMode(mode === 'historique' ? 'lecture' : 'historique')}>
            {mode === 'historique' ? 'Masquer l’historique' : 'Historique'}
          </button>
        </div>
      ) : null}
      {mode === 'historique' && jeton ? <AnalyseHistorique id={analyse.id} jeton={jeton} /> : null}
    </article>
  );
}
