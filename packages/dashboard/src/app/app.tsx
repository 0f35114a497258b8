import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '../graphql/apollo-client';
import { HealthBadge } from './health-badge';

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <header>
        <h1>Pôles ESS</h1>
        <p>Les pôles de développement de l’économie sociale et solidaire et les territoires qu’ils couvrent.</p>
      </header>
      <main>
        <HealthBadge />
      </main>
    </ApolloProvider>
  );
}
