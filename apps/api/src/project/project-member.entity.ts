import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Project } from './project.entity';

@Entity({ name: 'project_member' })
@Index('ix_project_member_person', ['personId'])
export class ProjectMember {
  @PrimaryColumn({ name: 'project_id', type: 'uuid', primaryKeyConstraintName: 'pk_project_member' })
  projectId!: string;

  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'pk_project_member' })
  personId!: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_member_project' })
  project?: Project;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_project_member_person' })
  person?: Person;

  /** Free text, e.g. 'Teilprojektleitung'. */
  @Column({ type: 'text' })
  role!: string;
}
