import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FieldOfActionResolver, StrategyResolver } from './strategy.resolver';
import { StrategyService } from './strategy.service';

@Module({
  imports: [AuditModule],
  providers: [StrategyService, StrategyResolver, FieldOfActionResolver],
  exports: [StrategyService],
})
export class StrategyModule {}
