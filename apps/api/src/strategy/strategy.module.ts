import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FieldOfActionResolver, StrategyResolver } from './strategy.resolver';
import { StrategyService } from './strategy.service';
import { StrategyLoaders } from './strategy.loaders';

@Module({
  imports: [AuditModule],
  providers: [StrategyLoaders, StrategyService, StrategyResolver, FieldOfActionResolver],
  exports: [StrategyService],
})
export class StrategyModule {}
