import { Module } from '@nestjs/common';
import { KpiModule } from '../kpi/kpi.module';
import { MilestoneModule } from '../milestone/milestone.module';
import { PeopleModule } from '../people/people.module';
import { ProjectModule } from '../project/project.module';
import { RiskModule } from '../risk/risk.module';
import { StatusModule } from '../status/status.module';
import { StrategyModule } from '../strategy/strategy.module';
import { DemoSeederService } from './demo-seeder.service';
import { DemoRepository } from './demo.repository';

@Module({
  imports: [PeopleModule, StrategyModule, ProjectModule, MilestoneModule, StatusModule, KpiModule, RiskModule],
  providers: [DemoRepository, DemoSeederService],
})
export class DemoModule {}
