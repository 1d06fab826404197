import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from '../graphql/client';
import { SessionProvider } from '../modules/access/components/SessionProvider';
import { AppRoutes } from './AppRoutes';

/** The web client: one GraphQL client, the router, the session, the routes. */
export function App({ client }: { client?: ApolloClient }) {
  const [apollo] = useState(() => client ?? createApolloClient());
  return (
    <ApolloProvider client={apollo}>
      <BrowserRouter>
        <SessionProvider>
          <AppRoutes />
        </SessionProvider>
      </BrowserRouter>
    </ApolloProvider>
  );
}
