import { formatNombre, NIVEAU_TERRITORIAL_LABELS, NON_RENSEIGNE } from '@poles-ess/shared';
import { graphql } from '../../graphql/generated';
import type { TerritoireIdentite_TerritoireFragment } from '../../graphql/generated/graphql';

export const TerritoireIdentite_territoire = graphql(`
  fragment TerritoireIdentite_territoire on Territoire {
    code
    nom
    niveau
    population
    populationAnnee
    populationSource
    superficieKm2
    geometrieSource
    geometrieSourceNom
    geometrieMillesime
    geometrieAttribution
    dissousLe
    imbrique
    niveauxNonImbriques
  }
`);

export function TerritoireIdentite({ territoire }: { territoire: TerritoireIdentite_TerritoireFragment }) {
  const population =
    territoire.population === null || territoire.population === undefined
      ? NON_RENSEIGNE
      : `${formatNombre(territoire.population)} habitants${territoire.populationAnnee ? ` (${territoire.populationAnnee})` : ''}`;
  return (
    <section className="territoire-card" aria-labelledby="territoire-identite">
      <h2 id="territoire-identite">Identité</h2>
      <dl className="territoire-facts">
        <dt>Niveau</dt>
        <dd>{NIVEAU_TERRITORIAL_LABELS[territoire.niveau]}</dd>
        <dt>Code</dt>
        <dd>{territoire.code}</dd>
        {territoire.dissousLe ? (
          <>
            <dt>Statut</dt>
            <dd className="territoire-dissous">
              dissous en {territoire.dissousLe.slice(0, 4)} : plus aucun membre aujourd’hui (sa composition passée, datée, est
              listée plus bas ; les cartes datées de la vue Bretagne le dessinent)
            </dd>
          </>
        ) : null}
        <dt>Population</dt>
        <dd>
          {population}
          {territoire.populationSource ? <span className="territoire-note"> — source : {territoire.populationSource}</span> : null}
        </dd>
        <dt>Superficie</dt>
        <dd>{territoire.superficieKm2 === null || territoire.superficieKm2 === undefined ? NON_RENSEIGNE : `${formatNombre(territoire.superficieKm2, 0)} km²`}</dd>
        <dt>Contour</dt>
        <dd>
          {territoire.geometrieSource === 'APPROXIMATIVE' ? 'approximatif' : 'officiel'}
          {territoire.geometrieSourceNom ? ` — ${territoire.geometrieSourceNom}` : ''}
          {territoire.geometrieMillesime ? `, millésime ${territoire.geometrieMillesime}` : ''}
          {territoire.geometrieAttribution && territoire.geometrieAttribution !== territoire.geometrieSourceNom ? (
            <span className="territoire-note"> ({territoire.geometrieAttribution})</span>
          ) : null}
        </dd>
      </dl>
      {!territoire.imbrique ? (
        <p className="territoire-note">
          Ce territoire déborde : il a plusieurs parents au niveau{' '}
          {territoire.niveauxNonImbriques.map((n) => NIVEAU_TERRITORIAL_LABELS[n].toLowerCase()).join(', ')}.
        </p>
      ) : null}
    </section>
  );
}
