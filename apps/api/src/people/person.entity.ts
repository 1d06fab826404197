import { Language, Role } from '@leitstand/shared-domain';
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
import { Department } from './department.entity';

export const ROLE_VALUES = Object.values(Role);

/** A person who works with Leitstand: only what the job needs (name, work email, department, role). */
@ObjectType({ implements: () => [NodeInterface] })
@Entity({ name: 'person' })
@Index('uq_person_email', ['email'], { unique: true })
@Index('ix_person_department', ['departmentId'])
@Check('ck_person_language', `"language" IN ('DE', 'EN')`)
@Check('ck_person_role', `"role" IN (${ROLE_VALUES.map((role) => `'${role}'`).join(', ')})`)
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_person' })
  id!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  /** Stored in lower case; unique. */
  @Field()
  @Column({ type: 'text' })
  email!: string;

  @Field(() => Role)
  @Column({ type: 'text' })
  role!: Role;

  @HideField()
  @Column({ name: 'department_id', type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_person_department' })
  department?: Department;

  @Field(() => Language, {
    description:
      'The language that Leitstand writes to the person in (reminder mails); German unless they chose English.',
  })
  @Column({ type: 'text', default: Language.DE })
  language!: Language;

  @Field({ description: 'A deactivated person can no longer sign in; their sessions and tokens stop working.' })
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** argon2id; null for people who sign in only through single sign-on. */
  @HideField()
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Field(() => Int)
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Field()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @HideField()
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
