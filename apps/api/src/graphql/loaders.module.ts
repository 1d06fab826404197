import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { RequestLoadersFactory } from './request-loaders';

@Module({
  imports: [PeopleModule],
  providers: [RequestLoadersFactory],
  exports: [RequestLoadersFactory],
})
export class LoadersModule {}
