import { Module } from '@nestjs/common';
import { Mutation, Resolver } from '@nestjs/graphql';

/**
 * A mutation for tests of the HTTP layer (GET refusal, Cache-Control), which need one whatever the
 * schema offers. It changes nothing.
 */
@Resolver()
class ProbeMutationResolver {
  @Mutation(() => Boolean)
  probe(): boolean {
    return true;
  }
}

@Module({ providers: [ProbeMutationResolver] })
export class ProbeMutationModule {}
