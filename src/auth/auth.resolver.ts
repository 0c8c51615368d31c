import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from './actor.js';
import { ClientIp, CurrentActor } from './current-actor.decorator.js';
import { ChangeMyPasswordArgs } from './dto/change-password.args.js';
import { LoginArgs, RefreshSessionArgs } from './dto/login.args.js';
import { LoginOnceGuard } from './login-once.guard.js';
import { AuthPayload } from './models/auth-payload.model.js';
import { UserModel } from './models/user.model.js';
import { SessionService } from './session.service.js';
import { UsersService } from './users.service.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly sessions: SessionService,
    private readonly users: UsersService,
  ) {}

  @Query(() => UserModel, { nullable: true, description: 'The logged-in user; null when anonymous or called with an API token.' })
  me(@CurrentActor() actor: Actor | null) {
    return this.users.me(actor);
  }

  @Mutation(() => AuthPayload, { description: 'Starts a session. Rate-limited per account and per IP; may appear once per request.' })
  @UseGuards(LoginOnceGuard)
  login(@Args() args: LoginArgs, @ClientIp() clientIp: string) {
    return this.sessions.login(args, clientIp);
  }

  @Mutation(() => AuthPayload, { description: 'A new token pair for the session; the refresh token given works only once.' })
  refreshSession(@Args() { refreshToken }: RefreshSessionArgs) {
    return this.sessions.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: "Ends the caller's session: its tokens stop working at once." })
  logout(@CurrentActor() actor: Actor | null) {
    return this.sessions.logout(actor);
  }

  @Mutation(() => Boolean, { description: "Ends every session of the caller's account, on every device." })
  logoutEverywhere(@CurrentActor() actor: Actor | null) {
    return this.sessions.logoutEverywhere(actor);
  }

  @Mutation(() => AuthPayload, { description: 'Changes your password, ends all your sessions and starts a new one.' })
  changeMyPassword(@CurrentActor() actor: Actor | null, @Args() args: ChangeMyPasswordArgs) {
    return this.users.changeMyPassword(actor, args);
  }
}
