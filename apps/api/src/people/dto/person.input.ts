import { Role } from '@leitstand/shared-domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { RequiredText } from '../../common/validators';
import { MIN_PASSWORD_LENGTH } from '../../access/password.service';
import { normaliseEmail } from '../../common/transforms';
import { Department } from '../department.entity';
import { RefersTo } from '../../database/refers-to.validator';

@InputType()
export class CreatePersonInput {
  @Field()
  @RequiredText(200)
  name!: string;

  @Field({ description: 'The work email; stored in lower case, unique.' })
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email!: string;

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be the id of a department' })
  @RefersTo(() => Department, 'a department')
  departmentId?: string | null;

  @Field({
    nullable: true,
    description: `At least ${MIN_PASSWORD_LENGTH} characters. Leave out for people who sign in only through single sign-on.`,
  })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH, { message: `must be at least ${MIN_PASSWORD_LENGTH} characters long` })
  @MaxLength(256)
  password?: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdatePersonInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a person' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field({ nullable: true })
  @IsOptional()
  @RequiredText(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(normaliseEmail)
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email?: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'null takes the person out of every department.' })
  @ValidateIf((_, value) => value !== null && value !== undefined)
  @IsUUID('all', { message: 'must be the id of a department' })
  @RefersTo(() => Department, 'a department')
  departmentId?: string | null;
}
