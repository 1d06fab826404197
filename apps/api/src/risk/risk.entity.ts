import { RiskLevel, RiskStatus } from '@leitstand/shared-domain';
import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { NodeInterface } from '../graphql/node';
import { Person } from '../people/person.entity';
import { Project } from '../project/project.entity';

const levels = Object.values(RiskLevel)
  .map((value) => `'${value}'`)
  .join(', ');

@ObjectType({ implements: () => [NodeInterface] })
@Entity({ name: 'risk' })
@Index('ix_risk_project', ['projectId'])
@Index('ix_risk_owner', ['ownerId'])
@Check('ck_risk_probability', `"probability" IN (${levels})`)
@Check('ck_risk_impact', `"impact" IN (${levels})`)
@Check(
  'ck_risk_status',
  `"status" IN (${Object.values(RiskStatus)
    .map((value) => `'${value}'`)
    .join(', ')})`,
)
export class Risk {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_risk' })
  id!: string;

  @HideField()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_risk_project' })
  project?: Project;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => RiskLevel)
  @Column({ type: 'text' })
  probability!: RiskLevel;

  @Field(() => RiskLevel)
  @Column({ type: 'text' })
  impact!: RiskLevel;

  @Field(() => RiskStatus)
  @Column({ type: 'text', default: RiskStatus.OPEN })
  status!: RiskStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  mitigation!: string | null;

  @HideField()
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_risk_owner' })
  owner?: Person;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
