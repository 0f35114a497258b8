import { useEffect, useRef, useState } from 'react';
import {
  FONCTIONS_POLE,
  FONCTION_POLE_LABELS,
  STATUTS_POLE,
  STATUT_POLE_LABELS,
  TYPES_POLE,
  TYPE_POLE_LABELS,
} from '@poles-ess/shared';
import { CheckboxGroup } from '../../ui/form/checkbox-group';
import { TerritoirePicker } from '../../ui/territoire/territoire-picker';
import { hasActiveFilter, SANS_FILTRE, type PolesUrlState, type PolesUrlUpdate } from './poles-url-state';
import { TerritoireNom } from './territoire-nom';

export function PolesFilters({ state, onChange }: { state: PolesUrlState; onChange: PolesUrlUpdate }) {
  const [texte, setTexte] = useState(state.recherche);
  // Le texte tapé rejoint l'URL après une courte pause : pas une requête par touche.
  const envoye = useRef(state.recherche);
  useEffect(() => {
    const voulu = texte.trim();
    if (voulu === state.recherche) return;
    const timer = setTimeout(() => {
      envoye.current = voulu;
      onChange({ recherche: voulu });
    }, 300);
    return () => clearTimeout(timer);
  }, [texte, state.recherche, onChange]);
  // L'URL ne réécrit le champ que si elle a changé d'ailleurs (retour arrière, lien) : pas les lettres tapées entre-temps.
  useEffect(() => {
    if (state.recherche === envoye.current) return;
    envoye.current = state.recherche;
    setTexte(state.recherche);
  }, [state.recherche]);

  return (
    <form className="poles-filters no-print" role="search" aria-label="Filtrer les pôles" onSubmit={(event) => event.preventDefault()}>
      <div className="poles-filter-search">
        <label htmlFor="poles-recherche">Rechercher (nom ou territoire)</label>
        <input id="poles-recherche" type="search" value={texte} placeholder="ex. Brest, hébergement, Toulouse" onChange={(event) => setTexte(event.target.value)} />
      </div>
      <CheckboxGroup className="poles-filter-group" legend="Type" values={TYPES_POLE} labels={TYPE_POLE_LABELS} selected={state.types} onChange={(types) => onChange({ types })} />
      <CheckboxGroup className="poles-filter-group" legend="Statut" values={STATUTS_POLE} labels={STATUT_POLE_LABELS} selected={state.statuts} onChange={(statuts) => onChange({ statuts })} />
      <CheckboxGroup className="poles-filter-group" legend="Fonction" values={FONCTIONS_POLE} labels={FONCTION_POLE_LABELS} selected={state.fonctions} onChange={(fonctions) => onChange({ fonctions })} />
      <div className="poles-filter-territoire">
        {state.territoire ? (
          <p>
            Situés dans :{' '}
            <strong>
              <TerritoireNom territoire={state.territoire} />
            </strong>{' '}
            <button type="button" onClick={() => onChange({ territoire: null })}>
              Retirer
            </button>
          </p>
        ) : (
          <TerritoirePicker label="Situés dans le territoire" onSelect={(t) => onChange({ territoire: { niveau: t.niveau, code: t.code } })} />
        )}
      </div>
      {hasActiveFilter(state) ? (
        <button type="button" className="poles-filters-reset" onClick={() => { setTexte(''); onChange(SANS_FILTRE); }}>
          Effacer les filtres
        </button>
      ) : null}
    </form>
  );
}
