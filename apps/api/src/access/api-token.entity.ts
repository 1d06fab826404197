import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NodeInterface } from '../graphql/node';
import { Person } from '../people/person.entity';

/** A named, read-only token for a reporting tool. Only its SHA-256 hash is kept; the token is shown once. */
@ObjectType({
  implements: () => [NodeInterface],
  description: 'A read-only token for reporting tools; it can never write.',
})
@Entity({ name: 'api_token' })
@Index('uq_api_token_hash', ['tokenHash'], { unique: true })
@Index('ix_api_token_person', ['personId'])
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_api_token' })
  id!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @HideField()
  @Column({ name: 'person_id', type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_api_token_person' })
  person?: Person;

  @HideField()
  @Column({ name: 'token_hash', type: 'text' })
  tokenHash!: string;

  @HideField()
  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_api_token_created_by' })
  createdBy?: Person;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
