import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderById, loaderOfOne } from '../graphql/loaders';
import { LoaderRegistry } from '../graphql/request-loaders';
import { StatusUpdate } from './status-update.entity';
import type { StatusRow } from './status.repository';
import { StatusService } from './status.service';

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    statusUpdate: DataLoader<string, StatusUpdate | null>;
    latestStatus: DataLoader<string, StatusUpdate | null>;
  }
}

/** Status reports and each project's latest, for every request; as nodes; and a posted report's project. */
@Injectable()
export class StatusLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly statuses: StatusService,
  ) {
    // A report just posted comes with its project as the post left it (StatusRow).
    registry.registerPreloaded({
      type: 'StatusUpdate',
      read: (report, field) => (field === 'project' ? (report as StatusRow).preloaded?.project : undefined),
    });
  }

  onModuleInit(): void {
    this.registry.register((_loaders, asOf) => ({
      statusUpdate: loaderById((ids) => this.statuses.byIds(ids, asOf), asOf),
      latestStatus: loaderOfOne(
        (ids) => this.statuses.latestOfProjects(ids, asOf),
        (status) => status.projectId,
        asOf,
      ),
    }));
    this.registry.registerNode({
      type: 'StatusUpdate',
      table: 'status_update',
      load: (id, loaders) => loaders.statusUpdate.load(id),
    });
  }
}
