import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FieldOfActionResolver, StrategyResolver } from './strategy.resolver';
import { StrategyService } from './strategy.service';
import { StrategyLoaders } from './strategy.loaders';
import { StrategyRepository } from './strategy.repository';

@Module({
  imports: [AuditModule],
  providers: [StrategyLoaders, StrategyRepository, StrategyService, StrategyResolver, FieldOfActionResolver],
  exports: [StrategyService],
})
export class StrategyModule {}
