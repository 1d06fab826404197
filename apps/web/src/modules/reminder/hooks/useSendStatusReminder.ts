import { useMutation } from '@apollo/client/react';
import { SendStatusReminderDocument } from '../../../graphql/generated/graphql';

/** "Erinnern": reminds the lead of one project now; resolves with how many mails were sent (0 where none was due). */
export function useSendStatusReminder() {
  const [mutate, state] = useMutation(SendStatusReminderDocument);
  const send = async (projectId: string) => (await mutate({ variables: { projectId } })).data!.sendStatusReminders;
  return { send, sending: state.loading };
}
