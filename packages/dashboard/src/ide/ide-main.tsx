import './setup-monaco-workers';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { createIdeFetcher } from './create-ide-fetcher';
import { EXAMPLE_QUERIES } from './example-queries';

const container = document.getElementById('ide');
if (container) {
  createRoot(container).render(<GraphiQL fetcher={createIdeFetcher('/graphql')} defaultTabs={EXAMPLE_QUERIES} />);
}
