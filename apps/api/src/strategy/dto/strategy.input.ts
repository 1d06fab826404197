import { Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsNotBefore, OptionalText, RequiredText } from '../../common/validators';
import { FieldOfAction } from '../field-of-action.entity';
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

@InputType({
  description:
    "A strategy's name, description and years, as they are to be from now on (a description left out or null: none).",
})
export class UpdateStrategyInput extends CreateStrategyInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a strategy' })
  @RefersTo(() => Strategy, 'a strategy')
  id!: string;
}

@InputType({
  description:
    "A field of action's name and description, as they are to be from now on (a description left out or null: none).",
})
export class UpdateFieldOfActionInput extends PickType(CreateFieldOfActionInput, ['name', 'description'] as const) {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a field of action' })
  @RefersTo(() => FieldOfAction, 'a field of action')
  id!: string;
}
