import { formatNombre, NIVEAU_TERRITORIAL_LABELS } from '@poles-ess/shared';
import { Link } from 'react-router-dom';
import { graphql } from '../../graphql/generated';
import type { TerritoireLiens_TerritoireFragment } from '../../graphql/generated/graphql';
import { COMPARER_MAX } from '../../ui/url/comparer-territoires-url-state';
import { comparerPath, territoirePath } from '../../ui/url/page-paths';

export const TerritoireLiens_territoire = graphql(`
  fragment TerritoireLiens_territoire on Territoire {
    code
    niveau
    parents {
      code
      nom
      niveau
    }
    membres(niveau: $niveauMembres, first: 100) @include(if: $avecMembres) {
      totalCount
      nodes {
        code
        nom
        niveau
      }
    }
  }
`);

function comparerHref(territoire: TerritoireLiens_TerritoireFragment): string {
  const territoires = [territoire, ...territoire.parents.filter((p) => p.niveau !== 'ANCIENNE_REGION')];
  return comparerPath(territoires.slice(0, COMPARER_MAX).map(({ niveau, code }) => ({ niveau, code })));
}

export function TerritoireLiens({ territoire }: { territoire: TerritoireLiens_TerritoireFragment }) {
  const membres = territoire.membres;
  return (
    <section className="territoire-card" aria-labelledby="territoire-liens">
      <h2 id="territoire-liens">Appartenances</h2>
      {territoire.parents.length ? (
        <ul className="territoire-links" aria-label="Territoires englobants">
          {territoire.parents.map((p) => (
            <li key={`${p.niveau}:${p.code}`}>
              {NIVEAU_TERRITORIAL_LABELS[p.niveau]} : <Link to={territoirePath(p.niveau, p.code)}>{p.nom}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p>Territoire racine.</p>
      )}
      {territoire.parents.length ? (
        <p>
          <Link to={comparerHref(territoire)}>Comparer avec ses territoires englobants</Link>
        </p>
      ) : null}
      {membres ? (
        <>
          <h3>
            Membres ({formatNombre(membres.totalCount)}
            {membres.totalCount > membres.nodes.length ? `, ${membres.nodes.length} premiers` : ''})
          </h3>
          <ul className="territoire-members">
            {membres.nodes.map((m) => (
              <li key={m.code}>
                <Link to={territoirePath(m.niveau, m.code)}>{m.nom}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
