import { Field, Float, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NodeInterface } from '../graphql/node';
import { DateScalar } from '../graphql/scalars';
import { Project } from '../project/project.entity';

@ObjectType({
  implements: () => [NodeInterface],
  description: 'A key figure (Kennzahl) that a project is measured by, e.g. app downloads.',
})
@Entity({ name: 'kpi' })
@Index('ix_kpi_project', ['projectId'])
export class Kpi {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_kpi' })
  id!: string;

  @HideField()
  @Column({ name: 'project_id', type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_kpi_project' })
  project?: Project;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field({ description: "e.g. 'Downloads', 'Geräte', 'Konferenzen/Tag'." })
  @Column({ type: 'text' })
  unit!: string;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  baseline!: number | null;

  @Field(() => Float, { nullable: true })
  @Column({ type: 'double precision', nullable: true })
  target!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** One dated value of a key figure; one per day (recording the same day again corrects it, with history). */
@ObjectType()
@Entity({ name: 'kpi_measurement' })
@Index('uq_kpi_measurement_kpi_date', ['kpiId', 'date'], { unique: true })
export class KpiMeasurement {
  @HideField()
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_kpi_measurement' })
  id!: string;

  @HideField()
  @Column({ name: 'kpi_id', type: 'uuid' })
  kpiId!: string;

  @ManyToOne(() => Kpi, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'kpi_id', foreignKeyConstraintName: 'fk_kpi_measurement_kpi' })
  kpi?: Kpi;

  @Field(() => DateScalar)
  @Column({ type: 'date' })
  date!: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value!: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note!: string | null;
}
