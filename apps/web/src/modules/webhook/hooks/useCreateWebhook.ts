import { useMutation } from '@apollo/client/react';
import { AdminWebhooksDocument, CreateWebhookDocument, WebhookEvent } from '../../../graphql/generated/graphql';

/** Creates a webhook; resolves with its secret, which the API shows only this once. */
export function useCreateWebhook() {
  const [mutate, state] = useMutation(CreateWebhookDocument, { refetchQueries: [{ query: AdminWebhooksDocument }] });
  const create = async (input: { url: string; description: string | null; events: WebhookEvent[] }) => {
    const result = await mutate({ variables: { input } });
    return result.data!.createWebhook.secret;
  };
  return { create, creating: state.loading };
}
