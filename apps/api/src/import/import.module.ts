import { Module } from '@nestjs/common';
import { KpiModule } from '../kpi/kpi.module';
import { MilestoneModule } from '../milestone/milestone.module';
import { PeopleModule } from '../people/people.module';
import { ProjectModule } from '../project/project.module';
import { StrategyModule } from '../strategy/strategy.module';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';

/** The portfolio from a spreadsheet (POST /api/import/projects), and its template. */
@Module({
  imports: [ProjectModule, MilestoneModule, KpiModule, PeopleModule, StrategyModule],
  controllers: [ImportController],
  providers: [ImportService],
})
export class ImportModule {}
