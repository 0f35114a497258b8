import {
  FONCTION_POLE_LABELS,
  FONCTIONS_POLE,
  NIVEAU_TERRITORIAL_LABELS,
  STATUT_POLE_LABELS,
  STATUTS_POLE,
  TYPE_POLE_LABELS,
  TYPES_POLE,
} from '@poles-ess/shared';
import {
  COUCHES_CARTE,
  METHODES_CLASSIFICATION,
  NIVEAUX_CARTE,
  toggleValue,
  type CarteUrlState,
  type CoucheCarte,
  type MethodeClassification,
  type NiveauCarte,
} from '../../app/url-state';
import { METHODE_LABELS } from '../../ui/map/legend-items';

export interface IndicateurOption {
  value: string;
  label: string;
}

const COUCHE_LABELS: Record<CoucheCarte, string> = {
  choroplethe: 'Territoires colorés par l’indicateur',
  poles: 'Pôles',
  densite: 'Densité de pôles (hexagones de 25 km)',
  etiquettes: 'Noms des territoires',
};

interface Props {
  state: CarteUrlState;
  update: (patch: Partial<CarteUrlState>) => void;
  indicateurs: IndicateurOption[];
  /** The territories of the current level, to restrict the poles to one of them. */
  territoires: { code: string; nom: string }[];
}

function CheckboxGroup<T extends string>({ legend, values, labels, selected, onToggle }: {
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  selected: readonly T[];
  onToggle: (value: T) => void;
}) {
  return (
    <fieldset className="carte-fieldset">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label key={value} className="carte-check">
          <input type="checkbox" checked={selected.includes(value)} onChange={() => onToggle(value)} /> {labels[value]}
        </label>
      ))}
    </fieldset>
  );
}

export function CarteFilters({ state, update, indicateurs, territoires }: Props) {
  const territoireCode = state.territoire?.niveau === state.niveau ? state.territoire.code : '';
  return (
    <form className="carte-filters no-print" aria-label="Réglages de la carte" onSubmit={(e) => e.preventDefault()}>
      <label className="carte-field">
        Niveau
        <select value={state.niveau} onChange={(e) => update({ niveau: e.target.value as NiveauCarte })}>
          {NIVEAUX_CARTE.map((niveau) => (
            <option key={niveau} value={niveau}>
              {NIVEAU_TERRITORIAL_LABELS[niveau]}
            </option>
          ))}
        </select>
      </label>
      <label className="carte-field">
        Indicateur
        <select value={state.indicateur ?? ''} onChange={(e) => update({ indicateur: e.target.value || null })}>
          <option value="">Aucun (contours seuls)</option>
          {indicateurs.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <div className="carte-row">
        <label className="carte-field">
          Classes
          <select value={state.methode} onChange={(e) => update({ methode: e.target.value as MethodeClassification })}>
            {METHODES_CLASSIFICATION.map((methode) => (
              <option key={methode} value={methode}>
                {METHODE_LABELS[methode]}
              </option>
            ))}
          </select>
        </label>
        <label className="carte-field carte-field-small">
          Nombre
          <input
            type="number"
            min={3}
            max={7}
            value={state.nombre}
            onChange={(e) => update({ nombre: Number(e.target.value) })}
          />
        </label>
      </div>
      <label className="carte-field">
        Pôles situés dans
        <select
          value={territoireCode}
          onChange={(e) => update({ territoire: e.target.value ? { niveau: state.niveau, code: e.target.value } : null })}
        >
          <option value="">Toute la France</option>
          {state.territoire && !territoireCode ? (
            <option value="" disabled>
              {state.territoire.niveau} {state.territoire.code}
            </option>
          ) : null}
          {[...territoires]
            .sort((a, b) => a.nom.localeCompare(b.nom, 'fr'))
            .map((t) => (
              <option key={t.code} value={t.code}>
                {t.nom}
              </option>
            ))}
        </select>
      </label>
      <CheckboxGroup
        legend="Couches"
        values={COUCHES_CARTE}
        labels={COUCHE_LABELS}
        selected={state.couches}
        onToggle={(couche) => update({ couches: toggleValue(state.couches, couche) })}
      />
      <CheckboxGroup
        legend="Type de pôle"
        values={TYPES_POLE}
        labels={TYPE_POLE_LABELS}
        selected={state.types}
        onToggle={(type) => update({ types: toggleValue(state.types, type) })}
      />
      <CheckboxGroup
        legend="Statut"
        values={STATUTS_POLE}
        labels={STATUT_POLE_LABELS}
        selected={state.statuts}
        onToggle={(statut) => update({ statuts: toggleValue(state.statuts, statut) })}
      />
      <CheckboxGroup
        legend="Fonction"
        values={FONCTIONS_POLE}
        labels={FONCTION_POLE_LABELS}
        selected={state.fonctions}
        onToggle={(fonction) => update({ fonctions: toggleValue(state.fonctions, fonction) })}
      />
      <p className="carte-hint">Aucune case cochée : tous les pôles. Les réglages sont dans l’adresse de la page, à partager telle quelle.</p>
    </form>
  );
}
