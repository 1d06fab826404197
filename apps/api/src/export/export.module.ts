import { Module } from '@nestjs/common';
import { KpiModule } from '../kpi/kpi.module';
import { ProjectModule } from '../project/project.module';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

/** The portfolio's views as workbooks and CSV files (GET /api/export/…). */
@Module({
  imports: [ProjectModule, KpiModule],
  controllers: [ExportController],
  providers: [ExportService],
})
export class ExportModule {}
