import { useMutation } from '@apollo/client/react';
import { AdminWebhooksDocument, DeleteWebhookDocument } from '../../../graphql/generated/graphql';

export function useDeleteWebhook() {
  const [mutate] = useMutation(DeleteWebhookDocument, { refetchQueries: [{ query: AdminWebhooksDocument }] });
  return async (id: string) => {
    await mutate({ variables: { id } });
  };
}
