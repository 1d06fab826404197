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

@ObjectType({ description: "Single sign-on with the city's identity provider, as the sign-in page offers it." })
export class SingleSignOnOption {
  @Field(() => String, {
    nullable: true,
    description: "The button's label in German as configured; null for the web client's own words.",
  })
  label!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The button's label in English as configured; null for the web client's own words.",
  })
  labelEn!: string | null;
  @Field({
    description: "Where the browser goes to sign in; a query parameter 'weiter' names the page to return to.",
  })
  signInPath!: string;
  @Field({
    description: 'Where the browser goes after the logout mutation to sign out at the provider too.',
  })
  signOutPath!: string;
}

@ObjectType({ description: 'How people can sign in here: public, for the sign-in page.' })
export class SignInOptions {
  @Field({ description: 'Whether the login mutation (email and password) is accepted.' })
  localLogin!: boolean;
  @Field(() => SingleSignOnOption, { nullable: true, description: 'Null where single sign-on is not configured.' })
  singleSignOn!: SingleSignOnOption | null;
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
