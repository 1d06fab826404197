import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { NodeInterface } from '../graphql/node';

/** An organisational unit of the administration, e.g. an office (Amt). */
@ObjectType({
  implements: () => [NodeInterface],
  description: 'An organisational unit of the administration, e.g. an office (Amt).',
})
@Entity({ name: 'department' })
@Index('uq_department_code', ['code'], { unique: true })
export class Department {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_department' })
  id!: string;

  @Field({ description: "Short code, e.g. 'Amt 103'." })
  @Column({ type: 'text' })
  code!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
