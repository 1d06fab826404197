import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import { ProjectMemberInput, SetProjectMembersDocument } from '../../../graphql/generated/graphql';
import { evictProjectHistory } from './evict-portfolio';

/** Replaces a project's members (with their roles). */
export function useSetProjectMembers() {
  const client = useApolloClient();
  return useCallback(
    async (projectId: string, expectedVersion: number, members: ProjectMemberInput[]) => {
      const { data } = await client.mutate({
        mutation: SetProjectMembersDocument,
        variables: { projectId, expectedVersion, members },
      });
      evictProjectHistory(client.cache, projectId);
      if (!data) throw new Error('setProjectMembers answered no data');
      return data.setProjectMembers;
    },
    [client],
  );
}
