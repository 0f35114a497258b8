import { graphql } from '../graphql/generated';
import { useQuery } from '@apollo/client/react';

const SANTE_QUERY = graphql(`
  query HealthBadge {
    sante {
      statut
      backend
      versionPostgis
    }
  }
`);

export function HealthBadge() {
  const { data, loading, error } = useQuery(SANTE_QUERY);
  if (loading) return <p role="status">Connexion à l’API…</p>;
  if (error || !data) return <p role="alert">L’API ne répond pas.</p>;
  return (
    <p role="status">
      API {data.sante.statut} · base {data.sante.backend === 'EMBARQUE' ? 'embarquée' : 'PostgreSQL'} · PostGIS{' '}
      {data.sante.versionPostgis ?? 'absent'}
    </p>
  );
}
