import { Health, ProjectPhase } from '@leitstand/shared-domain';
import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NodeInterface } from '../graphql/node';
import { Person } from '../people/person.entity';
import { Project } from '../project/project.entity';

/** A status report (Statusbericht). Append-only: never changed or removed once posted. */
@ObjectType({ implements: () => [NodeInterface] })
@Entity({ name: 'status_update' })
@Index('ix_status_update_project_created', ['projectId', 'createdAt'])
export class StatusUpdate {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_status_update' })
  id!: string;

  @HideField()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_status_update_project' })
  project?: Project;

  @HideField()
  @Column({ name: 'author_id', type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'fk_status_update_author' })
  author?: Person;

  @Field(() => Health)
  @Column({ type: 'text' })
  health!: Health;

  @Field(() => ProjectPhase)
  @Column({ type: 'text' })
  phase!: ProjectPhase;

  @Field(() => Int)
  @Column({ type: 'integer' })
  progress!: number;

  @Field()
  @Column({ type: 'text' })
  summary!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  achievements!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'next_steps', type: 'text', nullable: true })
  nextSteps!: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  blockers!: string | null;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
