import { useQuery } from '@apollo/client/react';
import { ReminderSettingsDocument } from '../../../graphql/generated/graphql';

/** Whether reminder mails are on, and after how many days without a report a project is due one. */
export function useReminderSettings() {
  const { data } = useQuery(ReminderSettingsDocument, { fetchPolicy: 'cache-first' });
  return data?.reminderSettings ?? null;
}
