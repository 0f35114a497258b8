import type { Geometry } from 'geojson';
import { PRECISION_POSITION_LABELS, TYPE_POLE_COULEURS } from '@poles-ess/shared';
import { graphql } from '../../graphql/generated';
import type { FicheMiniMap_PoleFragment } from '../../graphql/generated/graphql';
import { readPoint } from '../../ui/map/read-point';
import { toMiniMapPaths } from './to-mini-map-paths';

export const FICHE_MINI_MAP_FRAGMENT = graphql(`
  fragment FicheMiniMap_pole on Pole {
    nom
    type
    position
    precisionPosition
    territoireAction {
      territoire {
        nom
        geometrieSource
        geometrie
      }
    }
    communeSiege {
      nom
      geometrieSource
      geometrie
    }
  }
`);

// Vignette SVG statique : le contour du territoire d'action (sinon de la commune siège) et le point du pôle.
export function FicheMiniMap({ pole }: { pole: FicheMiniMap_PoleFragment }) {
  const territoire = pole.territoireAction?.territoire ?? pole.communeSiege ?? null;
  const point = readPoint(pole.position);
  const shape = toMiniMapPaths((territoire?.geometrie as Geometry | null | undefined) ?? null, point);
  const approximative = pole.precisionPosition === 'TERRITOIRE';
  const couleur = TYPE_POLE_COULEURS[pole.type];
  return (
    <figure className="fiche-mini-map">
      {shape ? (
        <svg width={shape.width} height={shape.height} viewBox={`0 0 ${shape.width} ${shape.height}`} role="img" aria-label={`Situation de ${pole.nom}${territoire ? ` dans ${territoire.nom}` : ''}`}>
          {shape.paths.map((d, index) => (
            <path key={index} d={d} fill="#dfe8f0" stroke="#12395a" strokeWidth={1} strokeDasharray={territoire?.geometrieSource === 'APPROXIMATIVE' ? '3 2' : undefined} />
          ))}
          {shape.point ? (
            approximative ? (
              <circle cx={shape.point.x} cy={shape.point.y} r={9} fill="none" stroke={couleur} strokeWidth={2} strokeDasharray="3 2" />
            ) : (
              <circle cx={shape.point.x} cy={shape.point.y} r={5} fill={couleur} stroke="#fff" strokeWidth={1.5} />
            )
          ) : null}
        </svg>
      ) : (
        <p className="non-renseigne">Vignette non disponible : ni contour ni position connus.</p>
      )}
      <figcaption>
        {territoire
          ? `Contour : ${territoire.nom}${territoire.geometrie ? (territoire.geometrieSource === 'APPROXIMATIVE' ? ' (contour approximatif, en pointillés)' : '') : ' — contour non disponible'}. `
          : ''}
        {point ? (approximative ? 'Position approximative : centre du territoire.' : `Position : ${pole.precisionPosition ? PRECISION_POSITION_LABELS[pole.precisionPosition].toLowerCase() : 'précision non renseignée'}.`) : 'Position non renseignée.'}
      </figcaption>
    </figure>
  );
}
