import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.model.js';
import { PaginationArgs } from '../common/pagination/pagination.args.js';
import type { Actor } from './actor.js';
import { CurrentActor } from './current-actor.decorator.js';
import { IdArgs } from './dto/id.args.js';
import { CreateUserArgs, UpdateUserArgs } from './dto/user.args.js';
import { UserModel } from './models/user.model.js';
import { Action } from './permissions.js';
import { Allow } from './policy.guard.js';
import { UsersService } from './users.service.js';

export const UserConnection = Connection(UserModel, 'User');

@Resolver(() => UserModel)
@Allow(Action.ManageUsers)
export class UsersResolver {
  constructor(private readonly accounts: UsersService) {}

  @Query(() => UserConnection, { description: 'Every user, by email (ADMIN).' })
  users(@CurrentActor() actor: Actor | null, @Args() page: PaginationArgs) {
    return this.accounts.list(actor, page);
  }

  @Mutation(() => UserModel)
  createUser(@CurrentActor() actor: Actor | null, @Args() { input }: CreateUserArgs) {
    return this.accounts.create(actor, input);
  }

  @Mutation(() => UserModel, { description: "A role or password change ends the user's sessions." })
  updateUser(@CurrentActor() actor: Actor | null, @Args() { id, input }: UpdateUserArgs) {
    return this.accounts.update(actor, id, input);
  }

  @Mutation(() => UserModel, { description: 'The user cannot log in, and their tokens stop working at once.' })
  disableUser(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs) {
    return this.accounts.disable(actor, id);
  }

  @Mutation(() => UserModel)
  enableUser(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs) {
    return this.accounts.enable(actor, id);
  }
}
