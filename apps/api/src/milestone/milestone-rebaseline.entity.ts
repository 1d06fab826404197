import { Field, HideField, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DateScalar } from '../graphql/scalars';
import { Person } from '../people/person.entity';
import { Milestone } from './milestone.entity';

/** An explicit move of a milestone's baseline, with the reason the portfolio board accepted; never changed afterwards. */
@ObjectType('Rebaseline', {
  description: "An explicit change of a milestone's baseline, with the reason that the portfolio board accepted.",
})
@Entity({ name: 'milestone_rebaseline' })
@Index('ix_milestone_rebaseline_milestone', ['milestoneId', 'at'])
@Index('ix_milestone_rebaseline_by', ['byId'])
export class MilestoneRebaseline {
  @HideField()
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_milestone_rebaseline' })
  id!: string;

  @HideField()
  @Column({ name: 'milestone_id', type: 'uuid' })
  milestoneId!: string;

  @ManyToOne(() => Milestone, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id', foreignKeyConstraintName: 'fk_milestone_rebaseline_milestone' })
  milestone?: Milestone;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @HideField()
  @Column({ name: 'by_id', type: 'uuid', nullable: true })
  byId!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'by_id', foreignKeyConstraintName: 'fk_milestone_rebaseline_by' })
  by?: Person;

  @Field(() => DateScalar)
  @Column({ name: 'from_date', type: 'date' })
  fromDate!: string;

  @Field(() => DateScalar)
  @Column({ name: 'to_date', type: 'date' })
  toDate!: string;

  @Field()
  @Column({ type: 'text' })
  reason!: string;
}
