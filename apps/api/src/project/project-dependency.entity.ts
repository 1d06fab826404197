import { Check, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Project } from './project.entity';

/** The project must wait for `dependsOn` to deliver. */
@Entity({ name: 'project_dependency' })
@Index('ix_project_dependency_depends_on', ['dependsOnId'])
@Check('ck_project_dependency_not_self', '"project_id" <> "depends_on_id"')
export class ProjectDependency {
  @PrimaryColumn({ name: 'project_id', type: 'uuid', primaryKeyConstraintName: 'pk_project_dependency' })
  projectId!: string;

  @PrimaryColumn({ name: 'depends_on_id', type: 'uuid', primaryKeyConstraintName: 'pk_project_dependency' })
  dependsOnId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_dependency_project' })
  project?: Project;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'depends_on_id', foreignKeyConstraintName: 'fk_project_dependency_depends_on' })
  dependsOn?: Project;
}
