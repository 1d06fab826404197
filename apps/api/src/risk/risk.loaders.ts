import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { loaderById, loaderOfLists } from '../graphql/loaders';
import { LoaderRegistry } from '../graphql/request-loaders';
import { Risk } from './risk.entity';
import { RiskService } from './risk.service';

declare module '../graphql/request-loaders' {
  interface RequestLoaders {
    risk: DataLoader<string, Risk | null>;
    risksOfProject: DataLoader<string, Risk[]>;
  }
}

/** Risks and a project's risks, for every request; and as nodes. */
@Injectable()
export class RiskLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly risks: RiskService,
  ) {}

  onModuleInit(): void {
    this.registry.register((_loaders, asOf) => ({
      risk: loaderById((ids) => this.risks.byIds(ids, asOf), asOf),
      risksOfProject: loaderOfLists(
        (ids) => this.risks.byProjects(ids, asOf),
        (risk) => risk.projectId,
        asOf,
      ),
    }));
    this.registry.registerNode({ type: 'Risk', table: 'risk', load: (id, loaders) => loaders.risk.load(id) });
  }
}
