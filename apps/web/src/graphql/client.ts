import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { errorCode } from './errors';
import { CSRF_COOKIE, readCookie } from './session-cookie';

/** Operations whose UNAUTHENTICATED answer does not mean that a session was lost (a wrong password). */
const PUBLIC_OPERATIONS = new Set(['SignIn', 'DemoAccounts', 'ChangeMyPassword']);

type Listener = () => void;
const sessionLostListeners = new Set<Listener>();

/** Called whenever the API answers UNAUTHENTICATED to a signed-in operation; returns the unsubscribe. */
export function onSessionLost(listener: Listener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/**
 * The one GraphQL client of the web client: a normalised cache, the session cookie sent along
 * (same origin), the CSRF header on every request, and UNAUTHENTICATED reported to the session.
 * The web client never sees or keeps a bearer token.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const csrf = new ApolloLink((operation, forward) => {
    const token = readCookie(CSRF_COOKIE);
    if (token) {
      operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({
        headers: { ...headers, 'X-CSRF-Token': token },
      }));
    }
    return forward(operation);
  });

  const sessionLost = new ErrorLink(({ error, operation }) => {
    if (PUBLIC_OPERATIONS.has(operation.operationName ?? '')) return;
    if (errorCode(error) === 'UNAUTHENTICATED') sessionLostListeners.forEach((listener) => listener());
  });

  return new ApolloClient({
    link: ApolloLink.from([sessionLost, csrf, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Values without an identity of their own live inside their parent.
        Budget: { keyFields: false },
        PortfolioSummary: { keyFields: false },
        ProjectMember: { keyFields: false },
        KpiMeasurement: { keyFields: false },
        FieldChange: { keyFields: false },
        HealthCount: { keyFields: false },
        PhaseCount: { keyFields: false },
        FieldSummary: { keyFields: false },
        Kpi: {
          fields: {
            measurements: { merge: false },
            latest: { merge: false },
          },
        },
        Project: {
          fields: {
            budget: { merge: true },
            // Replaced as a whole by the server's answer, never merged item by item.
            milestones: { merge: false },
            kpis: { merge: false },
            risks: { merge: false },
            members: { merge: false },
            dependsOn: { merge: false },
            tags: { merge: false },
          },
        },
      },
    }),
  });
}
