import { STATUT_POLE_LABELS, STATUTS_POLE, TYPE_POLE_COULEURS, TYPE_POLE_LABELS, TYPES_POLE } from '@poles-ess/shared';
import type { MethodeClassification } from '../../graphql/generated/graphql';
import { STATUT_POLE_STYLES } from './color-scales';
import { describeMethode, toLegendItems } from './legend-items';

export interface MapLegendProps {
  titre: string | null;
  breaks: readonly number[] | null;
  methode: MethodeClassification;
  withUnknown: boolean;
  source: string | null;
  showPoles: boolean;
  /** Attribution and vintage of the outlines (toContoursLines). */
  contours: readonly string[];
}

export function MapLegend({ titre, breaks, methode, withUnknown, source, showPoles, contours }: MapLegendProps) {
  return (
    <aside className="map-legend" aria-label="Légende de la carte">
      {titre && breaks && breaks.length > 1 ? (
        <section>
          <h3>{titre}</h3>
          <ul>
            {toLegendItems(breaks, withUnknown).map((item) => (
              <li key={item.label}>
                <span className="legend-swatch" style={{ background: item.color }} aria-hidden="true" />
                {item.label}
              </li>
            ))}
          </ul>
          <p className="legend-note">{describeMethode(methode, breaks.length - 1)}</p>
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
      {contours.map((ligne) => (
        <p key={ligne} className="legend-note legend-contours">
          {ligne}
        </p>
      ))}
    </aside>
  );
}
