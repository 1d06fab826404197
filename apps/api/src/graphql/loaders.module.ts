import { Module } from '@nestjs/common';
import { KpiModule } from '../kpi/kpi.module';
import { MilestoneModule } from '../milestone/milestone.module';
import { PeopleModule } from '../people/people.module';
import { ProjectModule } from '../project/project.module';
import { RiskModule } from '../risk/risk.module';
import { StatusModule } from '../status/status.module';
import { StrategyModule } from '../strategy/strategy.module';
import { NodeResolver } from './node.resolver';
import { RequestLoadersFactory } from './request-loaders';

/** The per-request loaders over every domain, and `node(id:)`, which reaches them all. */
@Module({
  imports: [PeopleModule, StrategyModule, ProjectModule, MilestoneModule, StatusModule, KpiModule, RiskModule],
  providers: [RequestLoadersFactory, NodeResolver],
  exports: [RequestLoadersFactory],
})
export class LoadersModule {}
