import { Field, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../graphql/connection';
import { DecimalScalar } from '../graphql/scalars';
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

export const ProjectConnection = ConnectionType(Project, 'Project');
