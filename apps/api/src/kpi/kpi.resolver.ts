import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, ProjectWriters } from '../access/access.decorators';
import type { Caller } from '../access/caller';
import type { GraphQLContext } from '../graphql/graphql-context';
import { loadersFor } from '../graphql/graphql-context';
import { Project } from '../project/project.entity';
import { CreateKpiInput, RecordKpiMeasurementInput } from './dto/kpi.input';
import { Kpi, KpiMeasurement } from './kpi.entity';
import { KpiService } from './kpi.service';

@Resolver(() => Kpi)
export class KpiResolver {
  constructor(private readonly kpis: KpiService) {}

  @ProjectWriters()
  @Mutation(() => Kpi)
  createKpi(@Args('input') input: CreateKpiInput, @CurrentCaller() caller: Caller): Promise<Kpi> {
    return this.kpis.create(input, caller);
  }

  @ProjectWriters()
  @Mutation(() => Kpi, { description: 'A second value for the same day corrects the first; the history keeps both.' })
  recordKpiMeasurement(@Args('input') input: RecordKpiMeasurementInput, @CurrentCaller() caller: Caller): Promise<Kpi> {
    return this.kpis.record(input, caller);
  }

  @ResolveField(() => Project)
  project(@Parent() kpi: Kpi, @Context() context: GraphQLContext) {
    return loadersFor(context, kpi).project.load(kpi.projectId);
  }

  @ResolveField(() => KpiMeasurement, { nullable: true })
  latest(@Parent() kpi: Kpi, @Context() context: GraphQLContext) {
    return loadersFor(context, kpi).latestMeasurement.load(kpi.id);
  }

  @ResolveField(() => [KpiMeasurement], { description: 'Ordered by date.' })
  measurements(@Parent() kpi: Kpi, @Context() context: GraphQLContext) {
    return loadersFor(context, kpi).measurementsOfKpi.load(kpi.id);
  }
}
