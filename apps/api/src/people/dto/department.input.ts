import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { RequiredText } from '../../common/validators';

@InputType()
export class CreateDepartmentInput {
  @Field()
  @RequiredText(40)
  code!: string;

  @Field()
  @RequiredText(200)
  name!: string;
}

@InputType({ description: 'Fields left out stay as they are.' })
export class UpdateDepartmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a department' })
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @RequiredText(40)
  code?: string;

  @Field({ nullable: true })
  @IsOptional()
  @RequiredText(200)
  name?: string;
}
