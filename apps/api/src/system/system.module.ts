import { Module } from '@nestjs/common';
import { SystemResolver } from './system.resolver';
import { SystemRepository } from './system.repository';
import { SystemService } from './system.service';

@Module({
  providers: [SystemRepository, SystemService, SystemResolver],
  exports: [SystemService],
})
export class SystemModule {}
