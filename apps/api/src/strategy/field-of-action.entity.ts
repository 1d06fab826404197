import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NodeInterface } from '../graphql/node';
import { Strategy } from './strategy.entity';

@ObjectType('FieldOfAction', {
  implements: () => [NodeInterface],
  description: "A field of action (Handlungsfeld) of a strategy, e.g. 'Digitale Verwaltung'.",
})
@Entity({ name: 'field_of_action' })
@Index('uq_field_of_action_strategy_name', ['strategyId', 'name'], { unique: true })
export class FieldOfAction {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_field_of_action' })
  id!: string;

  @HideField()
  @Column({ name: 'strategy_id', type: 'uuid' })
  strategyId!: string;

  @ManyToOne(() => Strategy, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'fk_field_of_action_strategy' })
  strategy?: Strategy;

  @Field()
  @Column({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
