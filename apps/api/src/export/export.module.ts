import { Module } from '@nestjs/common';
import { KpiModule } from '../kpi/kpi.module';
import { MilestoneModule } from '../milestone/milestone.module';
import { RiskModule } from '../risk/risk.module';
import { StrategyModule } from '../strategy/strategy.module';
import { ProjectModule } from '../project/project.module';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

/** The portfolio's views as workbooks and CSV files, and the Sachstandsbericht as a workbook (GET /api/export/…). */
@Module({
  imports: [ProjectModule, KpiModule, MilestoneModule, RiskModule, StrategyModule],
  controllers: [ExportController],
  providers: [ExportService],
})
export class ExportModule {}
