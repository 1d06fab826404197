import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsNotBefore, OptionalText, RequiredText } from '../../common/validators';
import { Strategy } from '../strategy.entity';
import { RefersTo } from '../../database/refers-to.validator';

@InputType()
export class CreateStrategyInput {
  @Field()
  @RequiredText(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText()
  description?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1990, { message: 'must be a year from 1990 to 2100' })
  @Max(2100, { message: 'must be a year from 1990 to 2100' })
  startYear!: number;

  @Field(() => Int)
  @IsInt()
  @Min(1990, { message: 'must be a year from 1990 to 2100' })
  @Max(2100, { message: 'must be a year from 1990 to 2100' })
  @IsNotBefore('startYear', 'start year')
  endYear!: number;
}

@InputType()
export class CreateFieldOfActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a strategy' })
  @RefersTo(() => Strategy, 'a strategy')
  strategyId!: string;

  @Field()
  @RequiredText(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText()
  description?: string | null;
}
