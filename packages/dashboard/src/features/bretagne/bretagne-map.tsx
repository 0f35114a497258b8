import { useMemo } from 'react';
import type { PickingInfo } from '@deck.gl/core';
import { useNavigate } from 'react-router-dom';
import { buildLabelsLayer } from '../../ui/map/build-labels-layer';
import { buildPolesLayer } from '../../ui/map/build-poles-layer';
import { buildTerritoiresLayer } from '../../ui/map/build-territoires-layer';
import { SelectField, type SelectOption } from '../../ui/form/select-field';
import { COULEUR_NON_RENSEIGNE, rgbaToCss, type Rgba } from '../../ui/map/color-scales';
import { DeckMap } from '../../ui/map/deck-map';
import { toContoursLines, toLabelPoints } from '../../ui/map/feature-label-point';
import { LABELS_LAYER_ID, POLES_LAYER_ID, TERRITOIRES_LAYER_ID } from '../../ui/map/layer-ids';
import { fitViewState, getBounds } from '../../ui/map/fit-view-state';
import { BRETAGNE_VIEW_STATE } from '../../ui/map/map-constants';
import type { PoleMapPoint, TerritoireCollection, TerritoireFeature } from '../../ui/map/map-types';
import { countNonRenseignes, joinValeurs } from '../../ui/map/join-valeurs';
import { polePath, territoirePath } from '../../ui/url/page-paths';
import { nomCourtPays } from './nom-court-pays';
import type { IndicateurCarteBretagne } from './bretagne-url-state';
import type { BretagneRow } from './to-bretagne-rows';

// Labels come once outlines and poles are drawn.
const DEFERRED_LAYER_IDS = [LABELS_LAYER_ID];

// ColorBrewer Paired : bleu soutenu = oui (association active, ou les deux préalables) ; sable clair = non.
const COULEUR_OUI: Rgba = [31, 120, 180, 200];
const COULEUR_NON: Rgba = [253, 224, 170, 230];

interface IndicateurDef {
  label: string;
  valeur: (r: BretagneRow) => boolean | null;
}

const INDICATEURS: Record<IndicateurCarteBretagne, IndicateurDef> = {
  association: { label: 'Association de développement active', valeur: (r) => r.associationActive },
  prealables: { label: 'Pays réunissant les deux préalables', valeur: (r) => r.prealables?.deuxPrealables ?? null },
};

const OPTIONS: SelectOption<IndicateurCarteBretagne>[] = (Object.keys(INDICATEURS) as IndicateurCarteBretagne[]).map((value) => ({
  value,
  label: INDICATEURS[value].label,
}));

const MAP_HEIGHT = 420;
// Short names (nomCourtPays) need less room at the sides than LABEL_MARGIN_PX, sized for the longest French names.
const LABEL_MARGIN_PAYS_PX = 50;

const DATE_FR = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

const toUnZero = (v: boolean | null) => (v === null ? null : v ? 1 : 0);
const formatOuiNon = (v: number | null | undefined) => (v === 1 ? 'oui' : 'non');

function categoryColor(feature: TerritoireFeature): Rgba {
  const { valeur } = feature.properties;
  if (valeur === null || valeur === undefined) return COULEUR_NON_RENSEIGNE;
  return valeur === 1 ? COULEUR_OUI : COULEUR_NON;
}

const Swatch = ({ color }: { color: Rgba }) => <span className="legend-swatch" style={{ background: rgbaToCss(color) }} aria-hidden="true" />;

interface Props {
  collection: TerritoireCollection | null;
  rows: readonly BretagneRow[];
  poles: readonly PoleMapPoint[];
  /** AAAA-MM-JJ: the composition of the Pays drawn (outline and population). */
  dateComposition: string;
  indicateur: IndicateurCarteBretagne;
  onIndicateurChange: (indicateur: IndicateurCarteBretagne) => void;
}

export function BretagneMap({ collection, rows, poles, dateComposition, indicateur, onIndicateurChange }: Props) {
  const navigate = useNavigate();
  const { label, valeur } = INDICATEURS[indicateur];
  const joined = useMemo(() => {
    if (!collection) return null;
    return joinValeurs(collection, rows.map((r) => ({ code: r.code, valeur: toUnZero(valeur(r)) })));
  }, [collection, rows, valeur]);
  const tooltip = useMemo(() => ({ indicateurLabel: label, formatValeur: formatOuiNon }), [label]);
  const reunis = rows.filter((r) => r.prealables?.deuxPrealables).map((r) => r.nom);
  const nonRenseignes = joined ? countNonRenseignes(joined) : 0;
  const layers = useMemo(
    () => [
      joined ? buildTerritoiresLayer({ collection: joined, breaks: null, selectedCode: null, categoryColor }) : null,
      buildLabelsLayer(toLabelPoints(joined).map((p) => ({ ...p, nom: nomCourtPays(p.nom) }))),
      buildPolesLayer(poles),
    ],
    [joined, poles],
  );
  const viewState = useMemo(() => {
    const bounds = getBounds(collection?.features.map((f) => f.geometry) ?? []);
    return bounds ? { ...BRETAGNE_VIEW_STATE, ...fitViewState(bounds, 580, MAP_HEIGHT, 12, LABEL_MARGIN_PAYS_PX) } : BRETAGNE_VIEW_STATE;
  }, [collection]);
  const dissous = (collection?.features ?? [])
    .filter((f) => f.properties.dissousLe)
    .map((f) => `${f.properties.nom} : dissous en ${f.properties.dissousLe!.slice(0, 4)}`);
  const onPick = (info: PickingInfo) => {
    if (!info.object || !info.layer) return;
    if (info.layer.id === POLES_LAYER_ID) navigate(polePath((info.object as PoleMapPoint).id));
    if (info.layer.id === TERRITOIRES_LAYER_ID) navigate(territoirePath('PAYS', (info.object as TerritoireFeature).properties.code));
  };
  return (
    <figure className="bretagne-card bretagne-map">
      <SelectField className="bretagne-indicateur" label="Indicateur de la carte" value={indicateur} options={OPTIONS} onChange={onIndicateurChange} />
      <DeckMap label="Carte des 21 Pays de Bretagne ; le tableau ci-dessous en donne les mêmes données" layers={layers} deferredIds={DEFERRED_LAYER_IDS} initialViewState={viewState} tooltipContext={tooltip} onPick={onPick} height={MAP_HEIGHT} />
      <figcaption>
        {indicateur === 'association' ? (
          <>
            <Swatch color={COULEUR_OUI} /> association de développement active (située dans le Pays ou dont le territoire d’action le couvre){' '}
            <Swatch color={COULEUR_NON} /> aucune connue ;{' '}
          </>
        ) : (
          <span className="bretagne-legende-prealables">
            <Swatch color={COULEUR_OUI} /> Pays réunissant les deux préalables de l’étude (une association de développement active et le soutien
            des collectivités locales évalué « oui ») : {reunis.length ? reunis.join(', ') : 'aucun'}{' '}
            <Swatch color={COULEUR_NON} /> pas les deux (l’un manque ou le soutien est inconnu, voir le tableau) ;{' '}
          </span>
        )}
        {nonRenseignes ? (
          <>
            <Swatch color={COULEUR_NON_RENSEIGNE} /> non renseigné ;{' '}
          </>
        ) : null}
        points : pôles (couleur par type, pâles si en projet ou statut inconnu). Source : fiches de l’étude ; calcul PostGIS.{' '}
        <span className="bretagne-composition">
          Pays dans leur composition au {DATE_FR.format(new Date(dateComposition))}, la dernière où les 21 Pays de l’étude existent
          {dissous.length ? ` (${dissous.join(', ')})` : ''} ; populations : millésime du découpage épinglé (COG 2026).
        </span>{' '}
        {toContoursLines(collection).join(' ')}
      </figcaption>
    </figure>
  );
}
