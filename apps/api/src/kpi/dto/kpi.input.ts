import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';
import { DateScalar } from '../../graphql/scalars';

function IsFiniteNumber() {
  return IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'must be a finite number' });
}

@InputType()
export class CreateKpiInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a project' })
  projectId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(50)
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
  kpiId!: string;

  @Field(() => DateScalar)
  @IsNotEmpty({ message: 'must be given' })
  date!: string;

  @Field(() => Float)
  @IsFiniteNumber()
  value!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}
