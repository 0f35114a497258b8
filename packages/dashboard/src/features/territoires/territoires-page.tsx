import { useQuery } from '@apollo/client/react';
import { formatNombre, NIVEAU_TERRITORIAL_LABELS } from '@poles-ess/shared';
import { Link } from 'react-router-dom';
import { graphql } from '../../graphql/generated';
import { ErrorState } from '../../ui/error-state';
import { LoadingState } from '../../ui/loading-state';
import { ValeurOuInconnu } from '../../ui/table/valeur-ou-inconnu';
import { SelectField } from '../../ui/form/select-field';
import { NIVEAUX_RECHERCHE } from '../../ui/territoire/niveau-order';
import { useUrlState } from '../../ui/url/define-url-state';
import { territoirePath } from '../../ui/url/page-paths';
import { describePageTerritoires } from './describe-page-territoires';
import { TERRITOIRES_URL_STATE } from './territoires-url-state';
import './territoires.css';

const RECHERCHE_TERRITOIRES = graphql(`
  query TerritoiresPage_recherche($niveau: NiveauTerritorial!, $recherche: String, $after: String) {
    territoires(niveau: $niveau, recherche: $recherche, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        code
        nom
        niveau
        population
        geometrieSource
      }
    }
  }
`);

const NIVEAU_OPTIONS = NIVEAUX_RECHERCHE.map((niveau) => ({ value: niveau, label: NIVEAU_TERRITORIAL_LABELS[niveau] }));

export function TerritoiresPage() {
  const [{ niveau, recherche, apres, debut }, update] = useUrlState(TERRITOIRES_URL_STATE);
  const { data, loading, error } = useQuery(RECHERCHE_TERRITOIRES, {
    variables: { niveau, recherche: recherche.trim() || null, after: apres },
  });
  const result = data?.territoires;
  // A new level or search starts again from the first page.
  const debutListe = { apres: null, debut: null };
  return (
    <section className="territoires-page">
      <h1>Territoires</h1>
      <form className="territoires-search" role="search" onSubmit={(e) => e.preventDefault()}>
        <SelectField label="Niveau" value={niveau} options={NIVEAU_OPTIONS} onChange={(value) => update({ niveau: value, ...debutListe })} />
        <label>
          Nom (sans accents ni majuscules)
          <input type="search" value={recherche} onChange={(e) => update({ recherche: e.target.value, ...debutListe })} placeholder="ex. brest, cote d'armor" />
        </label>
        <Link to={territoirePath('FRANCE', 'FR')}>France entière</Link>
      </form>
      {error ? <ErrorState /> : null}
      {loading && !result ? <LoadingState /> : null}
      {result ? (
        <>
          <p role="status">{describePageTerritoires(result.totalCount, debut, result.nodes.length)}</p>
          <nav className="territoires-pages" aria-label="Pages de la liste">
            {apres ? (
              <button type="button" onClick={() => update(debutListe)}>
                Début de la liste
              </button>
            ) : null}{' '}
            {result.pageInfo.hasNextPage && result.pageInfo.endCursor ? (
              <button type="button" onClick={() => update({ apres: result.pageInfo.endCursor, debut: debut + result.nodes.length })}>
                {formatNombre(Math.min(100, result.totalCount - debut - result.nodes.length + 1))} suivants
              </button>
            ) : null}
          </nav>
          <table className="data-table territoires-table">
            <caption className="visually-hidden">Territoires trouvés</caption>
            <thead>
              <tr>
                <th scope="col">Nom</th>
                <th scope="col">Code</th>
                <th scope="col" className="num">Population</th>
              </tr>
            </thead>
            <tbody>
              {result.nodes.map((t) => (
                <tr key={t.code}>
                  <td>
                    <Link to={territoirePath(t.niveau, t.code)}>{t.nom}</Link>
                  </td>
                  <td>{t.code}</td>
                  <td className="num">
                    <ValeurOuInconnu value={t.population} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </section>
  );
}

