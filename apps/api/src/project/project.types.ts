import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../graphql/connection';
import { DateScalar, DecimalScalar } from '../graphql/scalars';
import { Milestone } from '../milestone/milestone.entity';
import { Person } from '../people/person.entity';
import { Project } from './project.entity';

@ObjectType()
export class Budget {
  @Field(() => DecimalScalar, { nullable: true, description: 'Planned budget over the whole life of the project.' })
  planned!: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: 'Spent so far.' })
  spent!: string | null;
  @Field({ description: 'ISO-4217 code; EUR unless configured otherwise.' })
  currency!: string;
}

@ObjectType('ProjectMember')
export class ProjectMemberType {
  @Field(() => Person)
  person!: Person;
  @Field({ description: "Free text, e.g. 'Teilprojektleitung'." })
  role!: string;
}

@ObjectType({
  description:
    'A prerequisite whose slip reaches this project ("gefährdet durch"): it was planned to deliver by a point of this project (its start, or the due date of one of its open milestones) and is no longer expected to. Derived from the dates, never stored.',
})
export class Endangerment {
  @Field(() => Project, { description: 'The prerequisite that endangers the project.' })
  by!: Project;
  @Field(() => DateScalar, {
    description:
      "The prerequisite's expected end: its forecast end, else its planned end, and not before today while it is under way.",
  })
  expectedEnd!: string;
  @Field(() => Milestone, {
    nullable: true,
    description: "The project's open milestone that the expected end has passed; null where it is the project's start.",
  })
  milestone!: Milestone | null;
  @Field(() => DateScalar, {
    description: "That milestone's due date (forecast, else planned), or the project's start.",
  })
  date!: string;
  @Field(() => Int, { description: 'expectedEnd − date, in days.' })
  days!: number;
}

export const ProjectConnection = ConnectionType(Project, 'Project');
