import { Health, ProjectPhase } from '@leitstand/shared-domain';
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
import { DateScalar } from '../graphql/scalars';
import { NodeInterface } from '../graphql/node';
import { Department } from '../people/department.entity';
import { Person } from '../people/person.entity';
import { FieldOfAction } from '../strategy/field-of-action.entity';

const list = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

@ObjectType({ implements: () => [NodeInterface] })
@Entity({ name: 'project' })
@Index('uq_project_code', ['code'], { unique: true })
@Index('ix_project_field', ['fieldId'])
@Index('ix_project_department', ['departmentId'])
@Index('ix_project_lead', ['leadId'])
@Index('ix_project_phase_health', ['phase', 'health'])
// The archived projects, few, which the lists and totals leave out.
@Index('ix_project_archived', ['id'], { where: '"archived_at" IS NOT NULL' })
// The active projects that were never reported on, which the portfolio summary counts.
@Index('ix_project_not_reported', ['id'], { where: '"last_status_at" IS NULL AND "archived_at" IS NULL' })
// The active projects by their last report, an expression index that only its migration can describe.
@Index('ix_project_stale', { synchronize: false })
@Check('ck_project_phase', `"phase" IN (${list(Object.values(ProjectPhase))})`)
@Check('ck_project_health', `"health" IN (${list(Object.values(Health))})`)
@Check('ck_project_progress', '"progress" BETWEEN 0 AND 100')
@Check('ck_project_budget', '"budget_planned" >= 0 AND "budget_spent" >= 0')
export class Project {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_project' })
  id!: string;

  @Field({ description: "Unique human key, e.g. 'DIG-007'." })
  @Column({ type: 'text' })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Field(() => ProjectPhase)
  @Column({ type: 'text', default: ProjectPhase.IDEA })
  phase!: ProjectPhase;

  @Field(() => Health, { description: 'The health of the latest status update; ON_TRACK while there is none.' })
  @Column({ type: 'text', default: Health.ON_TRACK })
  health!: Health;

  @Field(() => Int, { description: '0 to 100, from the latest status update.' })
  @Column({ type: 'integer', default: 0 })
  progress!: number;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @HideField()
  @Column({ name: 'field_id', type: 'uuid', nullable: true })
  fieldId!: string | null;

  @ManyToOne(() => FieldOfAction, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'field_id', foreignKeyConstraintName: 'fk_project_field' })
  field?: FieldOfAction;

  @HideField()
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_project_department' })
  department?: Department;

  @HideField()
  @Column({ name: 'lead_id', type: 'uuid', nullable: true })
  leadId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_id', foreignKeyConstraintName: 'fk_project_lead' })
  lead?: Person;

  /** Who commissioned the project (Auftraggeber), usually in the city's leadership. */
  @HideField()
  @Column({ name: 'sponsor_id', type: 'uuid', nullable: true })
  sponsorId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sponsor_id', foreignKeyConstraintName: 'fk_project_sponsor' })
  sponsor?: Person;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'planned_end_date', type: 'date', nullable: true })
  plannedEndDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'forecast_end_date', type: 'date', nullable: true })
  forecastEndDate!: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Column({ name: 'actual_end_date', type: 'date', nullable: true })
  actualEndDate!: string | null;

  @HideField()
  @Column({ name: 'budget_planned', type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetPlanned!: string | null;

  @HideField()
  @Column({ name: 'budget_spent', type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetSpent!: string | null;

  /** When the newest status update was posted; null before the first. Kept with health and progress. */
  @HideField()
  @Column({ name: 'last_status_at', type: 'timestamptz', nullable: true })
  lastStatusAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the project was archived; null while it is not.' })
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Field()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
