import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NodeInterface } from '../graphql/node';

@ObjectType({ implements: () => [NodeInterface], description: "A digital strategy, e.g. 'digiTal2023'." })
@Entity({ name: 'strategy' })
@Index('uq_strategy_name', ['name'], { unique: true })
export class Strategy {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_strategy' })
  id!: string;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Field(() => Int)
  @Column({ name: 'start_year', type: 'integer' })
  startYear!: number;

  @Field(() => Int)
  @Column({ name: 'end_year', type: 'integer' })
  endYear!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
