import { useMutation } from '@apollo/client/react';
import { RetryWebhookDeliveryDocument } from '../../../graphql/generated/graphql';

/** "Erneut senden": the delivery goes out again at once. */
export function useRetryWebhookDelivery() {
  const [mutate] = useMutation(RetryWebhookDeliveryDocument);
  return async (id: string) => {
    await mutate({ variables: { id } });
  };
}
