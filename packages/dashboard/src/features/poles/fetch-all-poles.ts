import type { ApolloClient } from '@apollo/client';
import type { FiltrePoles, PolesPageQuery, PolesTable_PoleFragment } from '../../graphql/generated/graphql';
import { POLES_PAGE_QUERY, POLES_PAGE_SIZE } from './poles-page-query';

const MAX_PAGES = 200;

// Les exports contiennent toute la liste filtrée, page après page (l'API plafonne une page à 100).
export async function fetchAllPoles(client: ApolloClient, filtre: FiltrePoles): Promise<PolesTable_PoleFragment[]> {
  const poles: PolesTable_PoleFragment[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result: { data?: PolesPageQuery | undefined } = await client.query({ query: POLES_PAGE_QUERY, variables: { filtre, first: POLES_PAGE_SIZE, after } });
    const connection: PolesPageQuery['poles'] | undefined = result.data?.poles;
    if (!connection) throw new Error('EXPORT_SANS_DONNEES');
    poles.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return poles;
}
