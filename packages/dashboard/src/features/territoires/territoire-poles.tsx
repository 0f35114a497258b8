import { formatNombre, STATUT_POLE_LABELS, TYPE_POLE_LABELS } from '@poles-ess/shared';
import { Link } from 'react-router-dom';
import { graphql } from '../../graphql/generated';
import type { TerritoirePoles_TerritoireFragment } from '../../graphql/generated/graphql';
import { TypeSwatch } from '../../ui/pole/type-badge';
import { polePath, polesDansPath } from '../../ui/url/page-paths';

export const TerritoirePoles_territoire = graphql(`
  fragment TerritoirePoles_territoire on Territoire {
    code
    niveau
    poles(first: 100) {
      totalCount
      nodes {
        id
        nom
        type
        statut
        positionDerivee
      }
    }
  }
`);

export function TerritoirePoles({ territoire }: { territoire: TerritoirePoles_TerritoireFragment }) {
  const { totalCount, nodes } = territoire.poles;
  return (
    <section className="territoire-card" aria-labelledby="territoire-poles">
      <h2 id="territoire-poles">Pôles situés dans le territoire ({formatNombre(totalCount)})</h2>
      {nodes.length ? (
        <ul className="territoire-poles">
          {nodes.map((p) => (
            <li key={p.id}>
              <TypeSwatch type={p.type} />{' '}
              <Link to={polePath(p.id)}>{p.nom}</Link> — {TYPE_POLE_LABELS[p.type]}, {STATUT_POLE_LABELS[p.statut].toLowerCase()}
              {p.positionDerivee ? ' (position approximative)' : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p>Aucun pôle de l’étude n’est situé dans ce territoire.</p>
      )}
      <p className="territoire-note">
        Source : fiches de l’étude (vers 2010). <Link to={polesDansPath(territoire)}>Voir dans la liste des pôles</Link>
      </p>
    </section>
  );
}
