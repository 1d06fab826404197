import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NodeInterface } from '../graphql/node';

@ObjectType()
export class FieldChange {
  @Field()
  field!: string;
  @Field(() => String, { nullable: true, description: 'The old value as text; null where there was none.' })
  from!: string | null;
  @Field(() => String, { nullable: true, description: 'The new value as text; null where there is none.' })
  to!: string | null;
}

/**
 * One recorded change: who changed what, when. Written in the transaction of the change itself;
 * never changed afterwards. No foreign keys: history outlives what it speaks of.
 */
@ObjectType({ implements: () => [NodeInterface], description: 'One recorded change: who changed what, when.' })
@Entity({ name: 'audit_event' })
@Index('ix_audit_event_project_at', ['projectId', 'at'])
@Index('ix_audit_event_entity', ['entityType', 'entityId'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_audit_event' })
  id!: string;

  /** The instant of the change's transaction (change_instant(), see the migration KeepHistory). */
  @Field()
  @Column({ type: 'timestamptz', default: () => 'change_instant()' })
  at!: Date;

  @HideField()
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field({ description: "e.g. 'project.updated', 'milestone.completed', 'status.posted'." })
  @Column({ type: 'text' })
  action!: string;

  @Field()
  @Column({ name: 'entity_type', type: 'text' })
  entityType!: string;

  @Field(() => ID)
  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  /** The project whose history this belongs to; null for strategies and fields of action. */
  @HideField()
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  @Field(() => [FieldChange])
  @Column({ type: 'jsonb', default: () => `'[]'` })
  changes!: FieldChange[];
}
