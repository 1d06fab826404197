import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsNumber, IsOptional, IsUUID } from 'class-validator';
import { RequiredText, OptionalText } from '../../common/validators';
import { DateScalar } from '../../graphql/scalars';
import { Project } from '../../project/project.entity';
import { Kpi } from '../kpi.entity';
import { RefersTo } from '../../database/refers-to.validator';

function IsFiniteNumber() {
  return IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a finite number' });
}

@InputType()
export class CreateKpiInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a project' })
  @RefersTo(() => Project, 'a project')
  projectId!: string;

  @Field()
  @RequiredText(200)
  name!: string;

  @Field()
  @RequiredText(50)
  unit!: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsFiniteNumber()
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsFiniteNumber()
  target?: number | null;
}

@InputType()
export class RecordKpiMeasurementInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a key figure' })
  @RefersTo(() => Kpi, 'a key figure')
  kpiId!: string;

  @Field(() => DateScalar)
  @IsNotEmpty({ message: 'must be given' })
  date!: string;

  @Field(() => Float)
  @IsFiniteNumber()
  value!: number;

  @Field(() => String, { nullable: true })
  @OptionalText(1000)
  note?: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "The day's value that the caller saw, null for none: where the day's value is another by now, the record is " +
      'refused with CONFLICT and nothing changes, so that two corrections of one day never overwrite each other ' +
      'unseen. Left out, the value is recorded whatever the day held. An addition to the contract.',
  })
  @IsOptional()
  @IsFiniteNumber()
  replaces?: number | null;
}
