import {
  FONCTION_POLE_LABELS,
  FONCTIONS_POLE,
  NIVEAU_TERRITORIAL_LABELS,
  STATUT_POLE_LABELS,
  STATUTS_POLE,
  TYPE_POLE_LABELS,
  TYPES_POLE,
} from '@poles-ess/shared';
import type { IndicateurCarte, MethodeClassification } from '../../graphql/generated/graphql';
import { CheckboxGroup } from '../../ui/form/checkbox-group';
import { SelectField, type SelectOption } from '../../ui/form/select-field';
import { SANS_INDICATEUR_VALEUR } from './carte-indicateurs';
import { bornerEntier } from '../../ui/url/url-parsers';
import {
  COUCHES_CARTE,
  METHODES_CLASSIFICATION,
  NIVEAUX_CARTE,
  NOMBRE_CLASSES,
  type CarteUrlState,
  type CarteUrlUpdate,
  type CoucheCarte,
} from './carte-url-state';


const COUCHE_LABELS: Record<CoucheCarte, string> = {
  choroplethe: 'Territoires colorés par l’indicateur',
  poles: 'Pôles',
  densite: 'Densité de pôles (hexagones)',
  etiquettes: 'Noms des territoires',
};

const GROUP = { className: 'carte-fieldset', itemClassName: 'carte-check' };
const NIVEAU_OPTIONS = NIVEAUX_CARTE.map((niveau) => ({ value: niveau, label: NIVEAU_TERRITORIAL_LABELS[niveau] }));
// Short enough for the sidebar; the legend says each method in full.
const METHODE_COURTS: Record<MethodeClassification, string> = {
  QUANTILES: 'Quantiles',
  EGAUX: 'Intervalles égaux',
  JENKS: 'Seuils naturels',
};
const METHODE_OPTIONS = METHODES_CLASSIFICATION.map((methode) => ({ value: methode, label: METHODE_COURTS[methode] }));
const SANS_INDICATEUR: SelectOption<typeof SANS_INDICATEUR_VALEUR> = { value: SANS_INDICATEUR_VALEUR, label: 'Aucun (contours seuls)' };

interface Props {
  state: CarteUrlState;
  update: CarteUrlUpdate;
  indicateurs: readonly SelectOption<IndicateurCarte>[];
  /** The territories of the current level, to restrict the poles to one of them. */
  territoires: { code: string; nom: string }[];
}

export function CarteFilters({ state, update, indicateurs, territoires }: Props) {
  const territoireCode = state.territoire?.niveau === state.niveau ? state.territoire.code : '';
  return (
    <form className="carte-filters no-print" aria-label="Réglages de la carte" onSubmit={(e) => e.preventDefault()}>
      <SelectField className="carte-field" label="Niveau" value={state.niveau} options={NIVEAU_OPTIONS} onChange={(niveau) => update({ niveau })} />
      <SelectField
        className="carte-field"
        label="Indicateur"
        value={state.indicateur}
        options={[SANS_INDICATEUR, ...indicateurs]}
        onChange={(indicateur) => update({ indicateur })}
      />
      <div className="carte-row">
        <SelectField className="carte-field carte-field-grow" label="Classes" value={state.methode} options={METHODE_OPTIONS} onChange={(methode) => update({ methode })} />
        <label className="carte-field carte-field-small">
          Nombre
          <input
            type="number"
            min={NOMBRE_CLASSES.min}
            max={NOMBRE_CLASSES.max}
            value={state.nombre}
            onChange={(e) => update({ nombre: bornerEntier(Number(e.target.value), NOMBRE_CLASSES.min, NOMBRE_CLASSES.max) })}
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
      <CheckboxGroup {...GROUP} legend="Couches" values={COUCHES_CARTE} labels={COUCHE_LABELS} selected={state.couches} onChange={(couches) => update({ couches })} />
      <CheckboxGroup {...GROUP} legend="Type de pôle" values={TYPES_POLE} labels={TYPE_POLE_LABELS} selected={state.types} onChange={(types) => update({ types })} />
      <CheckboxGroup {...GROUP} legend="Statut" values={STATUTS_POLE} labels={STATUT_POLE_LABELS} selected={state.statuts} onChange={(statuts) => update({ statuts })} />
      <CheckboxGroup {...GROUP} legend="Fonction" values={FONCTIONS_POLE} labels={FONCTION_POLE_LABELS} selected={state.fonctions} onChange={(fonctions) => update({ fonctions })} />
      <p className="carte-hint">Aucune case cochée : tous les pôles. Les réglages sont dans l’adresse de la page, à partager telle quelle.</p>
    </form>
  );
}
