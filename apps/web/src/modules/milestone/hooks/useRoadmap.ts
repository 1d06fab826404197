import { ProjectFilter, RoadmapDocument, RoadmapQuery } from '../../../graphql/generated/graphql';
import { ALL_PAGES_SIZE, useAllPages } from '../../../graphql/all-pages';

export type RoadmapProject = RoadmapQuery['projects']['nodes'][number];

/** Every project of the filtered portfolio with its dates and milestones, 100 per request. */
export function useRoadmap(filter: ProjectFilter | null) {
  return useAllPages<RoadmapProject>(JSON.stringify(filter), async (client, after) => {
    const { data } = await client.query({
      query: RoadmapDocument,
      variables: { filter, first: ALL_PAGES_SIZE, after },
      fetchPolicy: 'network-only',
    });
    if (!data) throw new Error('The roadmap query returned no data');
    return data.projects;
  });
}
