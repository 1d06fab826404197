import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderById, loaderOfLists, loaderOfOne } from '../graphql/loaders';
import { LoaderRegistry } from '../graphql/request-loaders';
import { MilestoneRebaseline } from './milestone-rebaseline.entity';
import { Milestone } from './milestone.entity';
import { MilestoneService } from './milestone.service';

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    milestone: DataLoader<string, Milestone | null>;
    milestonesOfProject: DataLoader<string, Milestone[]>;
    nextMilestone: DataLoader<string, Milestone | null>;
    rebaselinesOfMilestone: DataLoader<string, MilestoneRebaseline[]>;
  }
}

/** Milestones, a project's milestones and its next one, the moves of a baseline, for every request; and as nodes. */
@Injectable()
export class MilestoneLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly milestones: MilestoneService,
  ) {}

  onModuleInit(): void {
    this.registry.register(() => ({
      milestone: loaderById((ids) => this.milestones.byIds(ids)),
      milestonesOfProject: loaderOfLists(
        (ids) => this.milestones.byProjects(ids),
        (milestone) => milestone.projectId,
      ),
      nextMilestone: loaderOfOne(
        (ids) => this.milestones.nextOfProjects(ids),
        (milestone) => milestone.projectId,
      ),
      rebaselinesOfMilestone: loaderOfLists(
        (ids) => this.milestones.rebaselinesOf(ids),
        (rebaseline) => rebaseline.milestoneId,
      ),
    }));
    this.registry.registerNode({
      type: 'Milestone',
      table: 'milestone',
      load: (id, loaders) => loaders.milestone.load(id),
    });
  }
}
