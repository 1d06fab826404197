import { Health, ProjectPhase } from '@leitstand/shared-domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { trim } from '../../common/transforms';

@InputType({ description: "Posting a status update also sets the project's health, phase and progress." })
export class PostStatusUpdateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a project' })
  projectId!: string;

  @Field(() => Health)
  @IsEnum(Health)
  health!: Health;

  @Field(() => ProjectPhase, { nullable: true, description: 'Unchanged where left out.' })
  @IsOptional()
  @IsEnum(ProjectPhase)
  phase?: ProjectPhase | null;

  @Field(() => Int, { nullable: true, description: 'Unchanged where left out; 0 to 100.' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number from 0 to 100' })
  @Min(0, { message: 'must be a whole number from 0 to 100' })
  @Max(100, { message: 'must be a whole number from 0 to 100' })
  progress?: number | null;

  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(5000)
  summary!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  achievements?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  nextSteps?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  blockers?: string | null;
}
