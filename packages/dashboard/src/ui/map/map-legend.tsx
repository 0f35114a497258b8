import { formatNombre, STATUT_POLE_LABELS, STATUTS_POLE, TYPE_POLE_COULEURS, TYPE_POLE_LABELS, TYPES_POLE } from '@poles-ess/shared';
import type { MethodeClassification } from '../../graphql/generated/graphql';
import { DENSITE_RANGE, DENSITE_RAYON_KM } from './build-densite-layer';
import { STATUT_POLE_STYLES } from './color-scales';

const DENSITE_GRADIENT = `linear-gradient(to right, ${DENSITE_RANGE.map(([r, g, b]) => `rgb(${r}, ${g}, ${b})`).join(', ')})`;
import { describeMethode, toLegendItems } from './legend-items';

export interface MapLegendProps {
  titre: string | null;
  breaks: readonly number[] | null;
  /** The values the breaks class: each legend row says which values it holds. */
  valeurs: readonly (number | null | undefined)[];
  /** Unit of the values (« % »), after each row. */
  unite?: string;
  methode: MethodeClassification;
  withUnknown: boolean;
  source: string | null;
  showPoles: boolean;
  /** « Données disponibles pour N territoires sur M. », and how poles are counted, when the indicator needs it. */
  disponibilite?: string | null;
  /** Smallest and largest number of poles in a density hexagon, when the layer is shown. */
  densite?: [number, number] | null;
  /** Attribution and vintage of the outlines (toContoursLines). */
  contours: readonly string[];
}

export function MapLegend({ titre, breaks, valeurs, unite, methode, withUnknown, source, showPoles, disponibilite, densite, contours }: MapLegendProps) {
  const items = breaks && breaks.length > 1 ? toLegendItems(breaks, valeurs, withUnknown, unite) : [];
  return (
    // Focusable: a long legend scrolls, and a keyboard must reach what is below the fold (axe: scrollable-region-focusable).
    <aside className="map-legend" aria-label="Légende de la carte" tabIndex={0}>
      {titre && breaks && breaks.length > 1 ? (
        <section>
          <h3>{titre}</h3>
          <ul>
            {items.map((item) => (
              <li key={item.label}>
                <span className="legend-swatch" style={{ background: item.color }} aria-hidden="true" />
                {item.label}
              </li>
            ))}
          </ul>
          <p className="legend-note">{describeMethode(methode, items.length - (withUnknown ? 1 : 0))}</p>
          {disponibilite ? <p className="legend-note legend-disponibilite">{disponibilite}</p> : null}
          {source ? <p className="legend-note">Source : {source}</p> : null}
        </section>
      ) : null}
      {showPoles ? (
        <section>
          <h3>Pôles (couleur : type)</h3>
          <ul>
            {TYPES_POLE.map((type) => (
              <li key={type}>
                <span className="legend-dot" style={{ background: TYPE_POLE_COULEURS[type] }} aria-hidden="true" />
                {TYPE_POLE_LABELS[type]}
              </li>
            ))}
          </ul>
          <p className="legend-note">
            Contour et opacité : statut —{' '}
            {STATUTS_POLE.map((statut) => `${STATUT_POLE_LABELS[statut]}${STATUT_POLE_STYLES[statut].fillAlpha < 255 ? ' (pâle)' : ''}`).join(', ')}.
            Source : fiches de l’étude.
          </p>
        </section>
      ) : null}
      {densite ? (
        <section>
          <h3>Densité de pôles (hexagones de {DENSITE_RAYON_KM} km)</h3>
          <div className="legend-ramp" style={{ background: DENSITE_GRADIENT }} aria-hidden="true" />
          <p className="legend-ramp-labels">
            <span>{formatNombre(densite[0])} pôle{densite[0] > 1 ? 's' : ''}</span>
            <span>{formatNombre(densite[1])} pôle{densite[1] > 1 ? 's' : ''} par hexagone</span>
          </p>
          <p className="legend-note">Pôles placés sur la carte, comptés par hexagone ; sans pôle, pas d’hexagone.</p>
        </section>
      ) : null}
      {contours.map((ligne) => (
        <p key={ligne} className="legend-note legend-contours">
          {ligne}
        </p>
      ))}
    </aside>
  );
}
