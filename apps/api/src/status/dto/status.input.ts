import { Health, ProjectPhase } from '@leitstand/shared-domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { RequiredText, OptionalText } from '../../common/validators';
import { Project } from '../../project/project.entity';
import { RefersTo } from '../../database/refers-to.validator';

@InputType({ description: "Posting a status update also sets the project's health, phase and progress." })
export class PostStatusUpdateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be the id of a project' })
  @RefersTo(() => Project, 'a project')
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
  @RequiredText(5000)
  summary!: string;

  @Field(() => String, { nullable: true })
  @OptionalText()
  achievements?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText()
  nextSteps?: string | null;

  @Field(() => String, { nullable: true })
  @OptionalText()
  blockers?: string | null;
}
