import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { Role } from '@leitstand/shared-domain';
import { SignedIn } from '../access/access.decorators';
import { ApiToken } from '../access/api-token.entity';
import { SecurityEvent } from '../access/security-event.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import type { GraphQLContext } from './graphql-context';
import { NodeInterface } from './node';

/** The tables that hold Node types, with the GraphQL type of their rows. */
const NODE_TABLES: Record<string, string> = {
  project: 'Project',
  milestone: 'Milestone',
  status_update: 'StatusUpdate',
  kpi: 'Kpi',
  risk: 'Risk',
  strategy: 'Strategy',
  field_of_action: 'FieldOfAction',
  person: 'Person',
  department: 'Department',
  audit_event: 'AuditEvent',
  api_token: 'ApiToken',
  security_event: 'SecurityEvent',
};

@Resolver(() => NodeInterface)
export class NodeResolver {
  constructor(private readonly dataSource: DataSource) {}

  @SignedIn()
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any record by its id; null where none has it (or it is not yours to see).',
  })
  async node(@Args('id', { type: () => ID }) id: string, @Context() context: GraphQLContext): Promise<object | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    const union = Object.entries(NODE_TABLES)
      .map(([table, type]) => `SELECT '${type}' AS type FROM ${table} WHERE id = $1`)
      .join(' UNION ALL ');
    const [found] = (await this.dataSource.query(`${union} LIMIT 1`, [id])) as { type: string }[];
    if (!found) return null;
    // Tokens and the security log belong to administration.
    if ((found.type === 'ApiToken' || found.type === 'SecurityEvent') && context.req.caller?.role !== Role.ADMIN)
      return null;
    const loaders = context.loaders;
    const load: Record<string, () => Promise<object | null>> = {
      Project: () => loaders.project.load(id),
      Milestone: () => loaders.milestone.load(id),
      StatusUpdate: () => loaders.statusUpdate.load(id),
      Kpi: () => loaders.kpi.load(id),
      Risk: () => loaders.risk.load(id),
      Strategy: () => loaders.strategy.load(id),
      FieldOfAction: () => loaders.field.load(id),
      Person: () => loaders.person.load(id),
      Department: () => loaders.department.load(id),
      AuditEvent: () => this.dataSource.getRepository(AuditEvent).findOneBy({ id }),
      ApiToken: () => this.dataSource.getRepository(ApiToken).findOneBy({ id }),
      SecurityEvent: () => this.dataSource.getRepository(SecurityEvent).findOneBy({ id }),
    };
    const value = await load[found.type]();
    return value ? Object.assign(value, { __typename: found.type }) : null;
  }
}
