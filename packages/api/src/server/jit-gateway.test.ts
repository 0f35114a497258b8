import { ApolloServer } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { formatError } from '../common/format-error';
import type { ApiContext } from '../context';
import { jitGateway } from './jit-gateway';

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      panne: {
        type: GraphQLString,
        resolve: () => {
          throw new Error('duplicate key value violates unique constraint "pole_slug_key"');
        },
      },
    },
  }),
});

// An error thrown inside graphql-jit without a code used to skip formatError: Apollo Server answered its English
// « Internal server error » and nothing was logged (issue 20, item 7).
describe('graphql-jit gateway', () => {
  it('hands every error to the project formatter, which logs it and hides its message', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    const apollo = new ApolloServer<ApiContext>({ gateway: jitGateway(schema), formatError });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query: '{ panne }' });
      const result = response.body.kind === 'single' ? response.body.singleResult : null;
      expect(result?.errors).toEqual([{ message: 'Erreur interne du serveur.', locations: [{ line: 1, column: 3 }], path: ['panne'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(logged).toHaveBeenCalledWith('[graphql] erreur interne', expect.objectContaining({ message: expect.stringContaining('pole_slug_key') }));
    } finally {
      process.env.NODE_ENV = nodeEnv;
      logged.mockRestore();
      await apollo.stop();
    }
  });
});
