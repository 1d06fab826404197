import { RiskLevel, RiskStatus } from '@leitstand/shared-domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { trim } from '../../common/transforms';
import { RequiredText, OptionalText } from '../../common/validators';
import { Person } from '../../people/person.entity';
import { Project } from '../../project/project.entity';
import { RefersTo } from '../../database/refers-to.validator';

@InputType()
export class CreateRiskInput {
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

  @Field(() => RiskLevel)
  @IsEnum(RiskLevel)
  probability!: RiskLevel;

  @Field(() => RiskLevel)
  @IsEnum(RiskLevel)
  impact!: RiskLevel;

  @Field(() => String, { nullable: true })
  @OptionalText()
  mitigation?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a person' })
  @RefersTo(() => Person, 'a person')
  ownerId?: string | null;
}

const given = (_object: object, value: unknown) => value !== undefined;

@InputType()
export class UpdateRiskInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a risk' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @Transform(trim)
  @IsString({ message: 'must be a text (a risk always has a title)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @OptionalText()
  description?: string | null;

  @Field(() => RiskLevel, { nullable: true })
  @ValidateIf(given)
  @IsEnum(RiskLevel)
  probability?: RiskLevel;

  @Field(() => RiskLevel, { nullable: true })
  @ValidateIf(given)
  @IsEnum(RiskLevel)
  impact?: RiskLevel;

  @Field(() => RiskStatus, { nullable: true })
  @ValidateIf(given)
  @IsEnum(RiskStatus)
  status?: RiskStatus;

  @Field(() => String, { nullable: true })
  @OptionalText()
  mitigation?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a person' })
  @RefersTo(() => Person, 'a person')
  ownerId?: string | null;
}
