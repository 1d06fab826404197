import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NodeInterface } from '../graphql/node';

export const SECURITY_EVENT_KINDS = [
  'login.succeeded',
  'login.failed',
  'login.throttled',
  'logout',
  'password.changed',
  'password.reset',
  'person.created',
  'person.deactivated',
  'person.reactivated',
  'role.changed',
  'token.created',
  'token.revoked',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];
export type SecurityEventDetails = Record<string, string | number | boolean | null>;

/** One entry of the security log: who did what to which account, when, from which address. */
@ObjectType({ implements: () => [NodeInterface], description: 'One entry of the security log.' })
@Entity({ name: 'security_event' })
@Index('ix_security_event_at', ['at'])
@Index('ix_security_event_email_kind_at', ['email', 'kind', 'at'])
export class SecurityEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_security_event' })
  id!: string;

  @Field()
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;

  @Field(() => String, {
    description:
      "e.g. 'login.succeeded', 'login.failed', 'login.throttled', 'token.created', 'token.revoked', 'role.changed', 'person.deactivated'",
  })
  @Column({ type: 'text' })
  kind!: SecurityEventKind;

  /** Who did it; null for the system and for failed sign-ins. No foreign key: the log outlives accounts. */
  @HideField()
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  /** Whose account it concerns. */
  @HideField()
  @Column({ name: 'subject_id', type: 'uuid', nullable: true })
  subjectId!: string | null;

  @Field(() => String, { nullable: true, description: 'The email that was given, for sign-ins.' })
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'ip_address', type: 'text', nullable: true })
  ipAddress!: string | null;

  /** Further facts, e.g. { from: 'VIEWER', to: 'ADMIN' } for a role change, or a token's name. Never secrets. */
  @HideField()
  @Column({ type: 'jsonb', default: () => `'{}'` })
  details!: SecurityEventDetails;
}
