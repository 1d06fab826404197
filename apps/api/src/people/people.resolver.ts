import { Language, Role } from '@leitstand/shared-domain';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentCaller, Roles, SignedIn } from '../access/access.decorators';
import type { Caller } from '../access/caller';
import { PasswordService } from '../access/password.service';
import { NotFoundError } from '../common/errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Department } from './department.entity';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { Actor, PeopleService } from './people.service';
import { Person } from './person.entity';

export function actorOf(caller: Caller, context: GraphQLContext): Actor {
  return { personId: caller.personId, ipAddress: context.req.ip ?? null };
}

@Resolver(() => Person)
export class PeopleResolver {
  constructor(
    private readonly peopleService: PeopleService,
    private readonly passwords: PasswordService,
  ) {}

  @SignedIn()
  @Query(() => Person, { description: 'The signed-in person.' })
  async me(@CurrentCaller() caller: Caller): Promise<Person> {
    const person = await this.peopleService.findById(caller.personId);
    if (!person) throw new NotFoundError('Person', caller.personId);
    // The role in force for this session: single sign-on may grant another than the stored one.
    return { ...person, role: caller.role };
  }

  @SignedIn()
  @Mutation(() => Person, {
    description:
      'The language that Leitstand writes to the signed-in person in (reminder mails); the web client sets it when the person switches.',
  })
  async setMyLanguage(
    @Args('language', { type: () => Language }) language: Language,
    @CurrentCaller() caller: Caller,
  ): Promise<Person> {
    return { ...(await this.peopleService.setLanguage(caller.personId, language)), role: caller.role };
  }

  @SignedIn()
  @Query(() => [Person], { description: 'Active people whose name or email contains the search text, by name.' })
  people(@Args('search', { type: () => String, nullable: true }) search?: string | null): Promise<Person[]> {
    return this.peopleService.search(search);
  }

  @Roles(Role.ADMIN)
  @Query(() => [Person], { description: 'ADMIN: every person, including deactivated ones.' })
  allPeople(): Promise<Person[]> {
    return this.peopleService.all();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Person, { description: 'ADMIN.' })
  createPerson(
    @Args('input') input: CreatePersonInput,
    @CurrentCaller() caller: Caller,
    @Context() context: GraphQLContext,
  ): Promise<Person> {
    return this.peopleService.create(input, actorOf(caller, context));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Person, {
    description: 'ADMIN. A role change takes effect at once and is recorded in the security log.',
  })
  updatePerson(
    @Args('input') input: UpdatePersonInput,
    @CurrentCaller() caller: Caller,
    @Context() context: GraphQLContext,
  ): Promise<Person> {
    return this.peopleService.update(input, actorOf(caller, context));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Person, {
    description: 'ADMIN. The person can no longer sign in; their sessions and tokens stop working at once.',
  })
  deactivatePerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentCaller() caller: Caller,
    @Context() context: GraphQLContext,
  ): Promise<Person> {
    return this.peopleService.setActive(id, expectedVersion, false, actorOf(caller, context));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Person, { description: 'ADMIN.' })
  reactivatePerson(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @CurrentCaller() caller: Caller,
    @Context() context: GraphQLContext,
  ): Promise<Person> {
    return this.peopleService.setActive(id, expectedVersion, true, actorOf(caller, context));
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Person, { description: "ADMIN: sets a new password and ends the person's sessions." })
  resetPassword(
    @Args('id', { type: () => ID }) id: string,
    @Args('newPassword') newPassword: string,
    @CurrentCaller() caller: Caller,
    @Context() context: GraphQLContext,
  ): Promise<Person> {
    this.passwords.checkNewPassword(newPassword, 'newPassword');
    return this.peopleService.setPassword(id, newPassword, actorOf(caller, context), 'password.reset');
  }

  @ResolveField(() => Department, { nullable: true })
  department(@Parent() person: Person, @Context() context: GraphQLContext): Promise<Department | null> | null {
    return person.departmentId ? context.loaders.department.load(person.departmentId) : null;
  }
}
