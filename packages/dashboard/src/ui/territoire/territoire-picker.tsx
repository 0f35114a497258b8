import { useEffect, useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { NIVEAU_TERRITORIAL_LABELS, type NiveauTerritorial } from '@poles-ess/shared';
import { graphql } from '../../graphql/generated';
import type { TerritoireRef } from '../../graphql/generated/graphql';
import { NIVEAUX_RECHERCHE } from './niveau-order';
import './territoire-picker.css';

const TERRITOIRE_PICKER_QUERY = graphql(`
  query TerritoirePicker($niveau: NiveauTerritorial!, $recherche: String) {
    territoires(niveau: $niveau, recherche: $recherche, first: 8) {
      totalCount
      nodes {
        code
        nom
        niveau
      }
    }
  }
`);

// La France n'a qu'un territoire : en fin de liste, après les niveaux où l'on cherche par nom.
const NIVEAUX_PICKER: NiveauTerritorial[] = [...NIVEAUX_RECHERCHE, 'FRANCE'];

type TerritoireChoisi = TerritoireRef & { nom: string };

function useDebounced<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

// Recherche d'un territoire par niveau puis par nom (sans accents ni casse, côté API).
export function TerritoirePicker({ label, onSelect, exclude = [] }: { label: string; onSelect: (t: TerritoireChoisi) => void; exclude?: readonly TerritoireRef[] }) {
  const id = useId();
  const [niveau, setNiveau] = useState<NiveauTerritorial>('PAYS');
  const [texte, setTexte] = useState('');
  const recherche = useDebounced(texte.trim(), 250);
  const skip = niveau !== 'FRANCE' && recherche.length < 2 && niveau !== 'REGION' && niveau !== 'ANCIENNE_REGION';
  const { data, loading, error } = useQuery(TERRITOIRE_PICKER_QUERY, {
    variables: { niveau, recherche: recherche || null },
    skip,
  });
  const nodes = (data?.territoires.nodes ?? []).filter(
    (node) => !exclude.some((t) => t.niveau === node.niveau && t.code === node.code),
  );
  return (
    <fieldset className="territoire-picker">
      <legend>{label}</legend>
      <label htmlFor={`${id}-niveau`}>Niveau</label>
      <select id={`${id}-niveau`} value={niveau} onChange={(event) => setNiveau(event.target.value as NiveauTerritorial)}>
        {NIVEAUX_PICKER.map((value) => (
          <option key={value} value={value}>
            {NIVEAU_TERRITORIAL_LABELS[value]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-nom`}>Nom</label>
      <input
        id={`${id}-nom`}
        type="search"
        value={texte}
        placeholder="ex. Brest, Bretagne, Finistère"
        autoComplete="off"
        onChange={(event) => setTexte(event.target.value)}
      />
      <div className="territoire-picker-results" aria-live="polite">
        {skip ? <span className="hint">Tapez au moins 2 lettres.</span> : null}
        {loading ? <span className="hint">Recherche…</span> : null}
        {error ? <span role="alert">La recherche a échoué.</span> : null}
        {!skip && !loading && !error && nodes.length === 0 ? <span className="hint">Aucun territoire trouvé.</span> : null}
        <ul>
          {nodes.map((node) => (
            <li key={`${node.niveau}:${node.code}`}>
              <button
                type="button"
                onClick={() => {
                  onSelect({ niveau: node.niveau, code: node.code, nom: node.nom });
                  // Ready for the next one: the chosen territory is no longer offered, its name no longer typed.
                  setTexte('');
                }}
              >
                {node.nom} <span className="hint">({NIVEAU_TERRITORIAL_LABELS[node.niveau]}, {node.code})</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </fieldset>
  );
}
