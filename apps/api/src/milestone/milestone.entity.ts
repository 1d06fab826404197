import { MilestoneState } from '@leitstand/shared-domain';
import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import {
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
import { DateScalar } from '../graphql/scalars';
import { Person } from '../people/person.entity';
import { Project } from '../project/project.entity';

/**
 * A milestone: its planned (baseline) date never moves; the forecast does. State and slip are
 * not stored: the SQL functions milestone_state and milestone_slip_days compute them, once.
 */
@ObjectType({ implements: () => [NodeInterface] })
@Entity({ name: 'milestone' })
@Index('ix_milestone_project_planned', ['projectId', 'plannedDate'])
@Index('ix_milestone_owner', ['ownerId'])
// The open milestones by due date, an expression index that only its migration can describe.
@Index('ix_milestone_open_due', { synchronize: false })
export class Milestone {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_milestone' })
  id!: string;

  @HideField()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_milestone_project' })
  project?: Project;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => DateScalar, { description: 'The baseline date, as first planned.' })
  @Column({ name: 'planned_date', type: 'date' })
  plannedDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'The date now expected; null means as planned.' })
  @Column({ name: 'forecast_date', type: 'date', nullable: true })
  forecastDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'completed_date', type: 'date', nullable: true })
  completedDate!: string | null;

  @HideField()
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_milestone_owner' })
  owner?: Person;

  @Field(() => MilestoneState)
  state!: MilestoneState;

  @Field(() => Int, {
    description:
      'Days between the planned date and the completed date, else the forecast date; 0 where neither differs.',
  })
  slipDays!: number;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
