import { useQuery } from '@apollo/client/react';
import { NIVEAU_TERRITORIAL_LABELS } from '@poles-ess/shared';
import { graphql } from '../../graphql/generated';
import type { TerritoireRef } from '../../graphql/generated/graphql';

const TERRITOIRE_NOM_QUERY = graphql(`
  query TerritoireNom($niveau: NiveauTerritorial!, $code: String!) {
    territoire(niveau: $niveau, code: $code) {
      nom
    }
  }
`);

// Le nom d'un territoire de l'URL (« REGION:53 » → « Bretagne ») ; le code reste affiché tant qu'il n'est pas connu.
export function TerritoireNom({ territoire }: { territoire: TerritoireRef }) {
  const { data } = useQuery(TERRITOIRE_NOM_QUERY, { variables: territoire });
  const nom = data?.territoire?.nom;
  return (
    <>
      {nom ?? territoire.code} <span className="hint">({NIVEAU_TERRITORIAL_LABELS[territoire.niveau]}{nom ? `, ${territoire.code}` : ''})</span>
    </>
  );
}
