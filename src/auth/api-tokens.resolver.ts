import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from './actor.js';
import { ApiTokensService } from './api-tokens.service.js';
import { CurrentActor } from './current-actor.decorator.js';
import { CreateApiTokenArgs } from './dto/api-token.input.js';
import { IdArgs } from './dto/id.args.js';
import { ApiTokenModel, CreatedApiTokenModel } from './models/api-token.model.js';
import { Action } from './permissions.js';
import { Allow } from './policy.guard.js';

@Resolver(() => ApiTokenModel)
@Allow(Action.ManageApiTokens)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @Query(() => [ApiTokenModel], { description: 'Every API token, newest first (ADMIN).' })
  apiTokens(@CurrentActor() actor: Actor | null) {
    return this.tokens.list(actor);
  }

  @Mutation(() => CreatedApiTokenModel, { description: 'Issues a token for a tool; the secret is shown only in this answer.' })
  createApiToken(@CurrentActor() actor: Actor | null, @Args() { input }: CreateApiTokenArgs) {
    return this.tokens.create(actor, input);
  }

  @Mutation(() => ApiTokenModel)
  revokeApiToken(@CurrentActor() actor: Actor | null, @Args() { id }: IdArgs) {
    return this.tokens.revoke(actor, id);
  }
}
