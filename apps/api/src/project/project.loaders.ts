import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderById, loaderOfLists } from '../graphql/loaders';
import { LoaderRegistry } from '../graphql/request-loaders';
import { ProjectMember } from './project-member.entity';
import { preloadedValue, ProjectRow } from './project-read-model';
import { Project } from './project.entity';
import { ProjectService } from './project.service';

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    project: DataLoader<string, Project | null>;
    ledProjects: DataLoader<string, Project[]>;
    membersOfProject: DataLoader<string, ProjectMember[]>;
    dependenciesOfProject: DataLoader<string, Project[]>;
    dependentsOfProject: DataLoader<string, Project[]>;
  }
}

/** Projects, the projects a person leads, a project's members, prerequisites and dependents, for every request and each instant it asks about; as nodes; and what the list brings along. */
@Injectable()
export class ProjectLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly projects: ProjectService,
  ) {
    // The list's read model brings a page's relations along with it.
    registry.registerPreloaded({
      type: 'Project',
      read: (project, field) => preloadedValue(project as ProjectRow, field),
    });
  }

  onModuleInit(): void {
    this.registry.register((_loaders, asOf) => ({
      project: loaderById((ids) => this.projects.findByIds(ids, asOf), asOf),
      ledProjects: loaderOfLists(
        (ids) => this.projects.ledBy(ids, asOf),
        (project) => project.leadId ?? '',
        asOf,
      ),
      membersOfProject: loaderOfLists(
        (ids) => this.projects.membersOf(ids, asOf),
        (member) => member.projectId,
        asOf,
      ),
      dependenciesOfProject: loaderOfLists(
        (ids) => this.projects.prerequisitesOf(ids, asOf),
        (row) => row.dependentId,
        asOf,
      ),
      dependentsOfProject: loaderOfLists(
        (ids) => this.projects.dependentsOf(ids, asOf),
        (row) => row.prerequisiteId,
        asOf,
      ),
    }));
    this.registry.registerNode({ type: 'Project', table: 'project', load: (id, loaders) => loaders.project.load(id) });
  }
}
