import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { trim } from '../../common/transforms';

@InputType()
export class CreateDepartmentInput {
  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(40)
  code!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name!: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateDepartmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a department' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(40)
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(200)
  name?: string;
}
