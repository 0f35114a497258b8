import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { createIdeFetcher } from './create-ide-fetcher';
import { DEFAULT_IDE_QUERY } from './default-ide-query';

const container = document.getElementById('ide');
if (container) {
  createRoot(container).render(
    <GraphiQL fetcher={createIdeFetcher('/graphql')} defaultQuery={DEFAULT_IDE_QUERY} />,
  );
}
