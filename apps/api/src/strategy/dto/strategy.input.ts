import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { trim } from '../../common/transforms';

@InputType()
export class CreateStrategyInput {
  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
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
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}
