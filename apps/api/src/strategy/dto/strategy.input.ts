import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { RequiredText, OptionalText } from '../../common/validators';

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
  endYear!: number;
}

@InputType()
export class CreateFieldOfActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a strategy' })
  strategyId!: string;

  @Field()
  @RequiredText(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText()
  description?: string | null;
}
