import type { Geometry } from 'geojson';
import { PRECISION_POSITION_LABELS } from '@poles-ess/shared';
import { graphql } from '../../graphql/generated';
import type { FicheMiniMap_PoleFragment } from '../../graphql/generated/graphql';
import { toMiniMapPaths } from './to-mini-map-paths';

export const FICHE_MINI_MAP_FRAGMENT = graphql(`
  fragment FicheMiniMap_pole on Pole {
    nom
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

function asPoint(position: unknown): [number, number] | null {
  const geometry = position as { type?: string; coordinates?: unknown } | null;
  if (geometry?.type !== 'Point' || !Array.isArray(geometry.coordinates)) return null;
  const [lon, lat] = geometry.coordinates as number[];
  return typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : null;
}

// Vignette SVG statique : le contour du territoire d'action (sinon de la commune siège) et le point du pôle.
export function FicheMiniMap({ pole }: { pole: FicheMiniMap_PoleFragment }) {
  const territoire = pole.territoireAction?.territoire ?? pole.communeSiege ?? null;
  const point = asPoint(pole.position);
  const shape = toMiniMapPaths((territoire?.geometrie as Geometry | null | undefined) ?? null, point);
  const approximative = pole.precisionPosition === 'TERRITOIRE';
  return (
    <figure className="fiche-mini-map">
      {shape ? (
        <svg width={shape.width} height={shape.height} viewBox={`0 0 ${shape.width} ${shape.height}`} role="img" aria-label={`Situation de ${pole.nom}${territoire ? ` dans ${territoire.nom}` : ''}`}>
          {shape.paths.map((d, index) => (
            <path key={index} d={d} fill="#dfe8f0" stroke="#12395a" strokeWidth={1} strokeDasharray={territoire?.geometrieSource === 'APPROXIMATIVE' ? '3 2' : undefined} />
          ))}
          {shape.point ? (
            approximative ? (
              <circle cx={shape.point.x} cy={shape.point.y} r={9} fill="none" stroke="#d95f02" strokeWidth={2} strokeDasharray="3 2" />
            ) : (
              <circle cx={shape.point.x} cy={shape.point.y} r={5} fill="#d95f02" stroke="#fff" strokeWidth={1.5} />
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
