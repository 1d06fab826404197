import { Role } from '@leitstand/shared-domain';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { RequiredText } from '../../common/validators';
import { ConnectionType } from '../../graphql/connection';
import { Person } from '../../people/person.entity';
import { ApiToken } from '../api-token.entity';
import { SecurityEvent } from '../security-event.entity';
import { RefersTo } from '../../database/refers-to.validator';

@ObjectType('Session')
export class SessionPayload {
  @Field({ description: 'Bearer token for the Authorization header.' })
  token!: string;
  @Field()
  expiresAt!: Date;
  @Field(() => Person)
  person!: Person;
}

@ObjectType({ description: 'A demo account, listed on the sign-in page while the demo is active.' })
export class DemoAccount {
  @Field()
  email!: string;
  @Field()
  name!: string;
  @Field(() => Role)
  role!: Role;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID, { description: 'The person whose reading rights the token carries.' })
  @IsUUID('all', { message: 'must be the id of a person' })
  @RefersTo(() => Person, 'a person')
  personId!: string;

  @Field({ description: "What it is for, e.g. 'Controlling Power BI'." })
  @RequiredText(200)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Days until it expires; never where left out.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'must be between 1 and 3650' })
  @Max(3650, { message: 'must be between 1 and 3650' })
  expiresInDays?: number | null;
}

@ObjectType({ description: 'The token itself is shown only here, once.' })
export class CreatedApiToken {
  @Field()
  token!: string;
  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

export const SecurityEventConnection = ConnectionType(SecurityEvent, 'SecurityEvent');
