import { ApolloProvider } from '@apollo/client/react';
import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import { BrowserRouter } from 'react-router-dom';
import { createApolloClient } from '../graphql/create-apollo-client';
import { AppLayout } from './app-layout';
import { AppRoutes } from './app-routes';

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <NuqsAdapter>
          <AppLayout>
            <AppRoutes />
          </AppLayout>
        </NuqsAdapter>
      </BrowserRouter>
    </ApolloProvider>
  );
}
