import { Health, MilestoneState, ProjectPhase } from '@leitstand/shared-domain';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { trim } from '../../common/transforms';
import { IsNotBefore, IsNotNegativeAmount, OptionalText, RequiredText } from '../../common/validators';
import { DateScalar, DecimalScalar } from '../../graphql/scalars';
import { Person } from '../../people/person.entity';
import { Department } from '../../people/department.entity';
import { FieldOfAction } from '../../strategy/field-of-action.entity';
import { RefersTo } from '../../database/refers-to.validator';

const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? [...new Set(value.map((tag) => (typeof tag === 'string' ? tag.trim() : tag)))] : value;

/** Present in the input (null included): for updates, where leaving a field out keeps it. */
const given = (_object: object, value: unknown) => value !== undefined;
/** Present and not null. */
const set = (_object: object, value: unknown) => value !== undefined && value !== null;

@InputType()
export class CreateProjectInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/, {
    message: "must be 1 to 40 letters, digits, '.', '_' or '-', e.g. DIG-007",
  })
  code!: string;

  @Field()
  @RequiredText(200)
  title!: string;

  @Field(() => String, { nullable: true })
  @OptionalText()
  summary?: string | null;

  @Field(() => ProjectPhase, { nullable: true })
  @IsOptional()
  @IsEnum(ProjectPhase)
  phase?: ProjectPhase | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @Transform(normaliseTags)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'must not contain empty tags' })
  @MaxLength(50, { each: true })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a field of action' })
  @RefersTo(() => FieldOfAction, 'a field of action')
  fieldId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a department' })
  @RefersTo(() => Department, 'a department')
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a person' })
  @RefersTo(() => Person, 'a person')
  leadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who commissioned the project (Auftraggeber).' })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a person' })
  @RefersTo(() => Person, 'a person')
  sponsorId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsNotBefore('startDate', 'start date')
  plannedEndDate?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @IsNotNegativeAmount()
  budgetPlanned?: string | null;
}

@InputType({ description: 'Fields left out stay as they are; a field set to null is cleared.' })
export class UpdateProjectInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a project' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => String, { nullable: true })
  @ValidateIf(given)
  @Transform(trim)
  @IsString({ message: 'must be a text (a project always has a title)' })
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  title?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(set)
  @IsString()
  @MaxLength(5000)
  summary?: string | null;

  @Field(() => ProjectPhase, { nullable: true })
  @ValidateIf(given)
  @IsEnum(ProjectPhase, { message: 'must be a phase (a project always has one)' })
  phase?: ProjectPhase;

  @Field(() => [String], { nullable: true })
  @ValidateIf(set)
  @Transform(normaliseTags)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true, message: 'must not contain empty tags' })
  @MaxLength(50, { each: true })
  tags?: string[] | null;

  @Field(() => ID, { nullable: true })
  @ValidateIf(set)
  @IsUUID('all', { message: 'must be the id of a field of action' })
  @RefersTo(() => FieldOfAction, 'a field of action')
  fieldId?: string | null;

  @Field(() => ID, { nullable: true })
  @ValidateIf(set)
  @IsUUID('all', { message: 'must be the id of a department' })
  @RefersTo(() => Department, 'a department')
  departmentId?: string | null;

  @Field(() => ID, { nullable: true })
  @ValidateIf(set)
  @IsUUID('all', { message: 'must be the id of a person' })
  @RefersTo(() => Person, 'a person')
  leadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who commissioned the project (Auftraggeber).' })
  @ValidateIf(set)
  @IsUUID('all', { message: 'must be the id of a person' })
  @RefersTo(() => Person, 'a person')
  sponsorId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  startDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  plannedEndDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  forecastEndDate?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  actualEndDate?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @IsNotNegativeAmount()
  budgetPlanned?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @IsNotNegativeAmount()
  budgetSpent?: string | null;
}

@InputType()
export class ProjectMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a person' })
  personId!: string;

  @Field({ description: "Free text, e.g. 'Teilprojektleitung'." })
  @RequiredText(100)
  role!: string;
}

@InputType()
export class ProjectFilter {
  @Field(() => String, { nullable: true, description: 'Case-insensitive match on code, title, summary and tags.' })
  @OptionalText(200)
  search?: string | null;

  @Field(() => [ProjectPhase], { nullable: true })
  @IsOptional()
  @IsEnum(ProjectPhase, { each: true })
  phase?: ProjectPhase[] | null;

  @Field(() => [Health], { nullable: true })
  @IsOptional()
  @IsEnum(Health, { each: true })
  health?: Health[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a strategy' })
  strategyId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be ids of fields of action' })
  fieldId?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be ids of departments' })
  departmentId?: string[] | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true, message: 'must be ids of people' })
  leadId?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Projects carrying any of these tags.' })
  @IsOptional()
  @IsString({ each: true })
  tags?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Projects in phase PLANNED or IN_PROGRESS with no status update in the last N days.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  staleForDays?: number | null;

  @Field(() => [MilestoneState], {
    nullable: true,
    description:
      'Projects with at least one milestone in any of these states (as `Milestone.state` defines them, as of the ' +
      "read's instant: today, or the day of `asOf`). An addition to the contract, for the dashboard's overdue and " +
      'due-soon figures.',
  })
  @IsOptional()
  @IsEnum(MilestoneState, { each: true })
  milestoneState?: MilestoneState[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "True: only the projects with a status update (by the read's instant); false: only those without any, whose " +
      "health is still the default one. An addition to the contract, for the dashboard's count of projects not " +
      'reported on yet.',
  })
  @IsOptional()
  @IsBoolean()
  reported?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Archived projects are left out of lists, totals and the roadmap unless this is true.',
  })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean | null;
}

export enum ProjectOrderField {
  CODE = 'CODE',
  TITLE = 'TITLE',
  PLANNED_END_DATE = 'PLANNED_END_DATE',
  HEALTH = 'HEALTH',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProjectOrderField, { name: 'ProjectOrderField' });

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType()
export class ProjectOrder {
  @Field(() => ProjectOrderField)
  @IsIn(Object.values(ProjectOrderField))
  field!: ProjectOrderField;

  @Field(() => OrderDirection)
  @IsIn(Object.values(OrderDirection))
  direction!: OrderDirection;
}
