import { MilestoneState } from '@leitstand/shared-domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { trim } from '../../common/transforms';
import { IsNotBefore, OptionalText, RequiredText } from '../../common/validators';
import { DateScalar } from '../../graphql/scalars';
import { Person } from '../../people/person.entity';
import { Project } from '../../project/project.entity';
import { RefersTo } from '../../database/refers-to.validator';

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a project' })
  @RefersTo(() => Project, 'a project')
  projectId!: string;

  @Field()
  @RequiredText(200)
  title!: string;

  @Field(() => String, { nullable: true })
  @OptionalText()
  description?: string | null;

  @Field(() => DateScalar)
  @IsNotEmpty({ message: 'must be given' })
  plannedDate!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a person' })
  @RefersTo(() => Person, 'a person')
  ownerId?: string | null;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a milestone' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @ValidateIf((_object, value) => value !== undefined)
  @Transform(trim)
  @IsString({ message: 'must be a text (a milestone always has a title)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @OptionalText()
  description?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The date now expected; null: as planned again.' })
  @IsOptional()
  forecastDate?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a person' })
  @RefersTo(() => Person, 'a person')
  ownerId?: string | null;
}

@InputType()
export class MilestoneFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be ids of projects' })
  projectId?: string[] | null;

  @Field(() => [MilestoneState], { nullable: true })
  @IsOptional()
  @IsEnum(MilestoneState, { each: true })
  state?: MilestoneState[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due date (forecast, else planned) on or after this day.' })
  @IsOptional()
  dueFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Due date (forecast, else planned) on or before this day.' })
  @IsOptional()
  @IsNotBefore('dueFrom', 'dueFrom date')
  dueTo?: string | null;
}
