import { Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { AccessTokens } from './access-tokens.js';
import { ApiTokensResolver } from './api-tokens.resolver.js';
import { ApiTokensService } from './api-tokens.service.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthenticationMiddleware } from './authentication.middleware.js';
import { AuthenticationService } from './authentication.service.js';
import { LoginOnceGuard } from './login-once.guard.js';
import { PolicyGuard } from './policy.guard.js';
import { PolicyService } from './policy.service.js';
import { SessionService } from './session.service.js';
import { UsersResolver } from './users.resolver.js';
import { UsersService } from './users.service.js';

/**
 * Authentication (sessions, access and API tokens), the permission policy and user management.
 * Global, so feature modules inject `PolicyService` and use `@Allow` / `@CurrentActor` without importing it.
 */
@Global()
@Module({
  providers: [
    AccessTokens,
    AuthenticationService,
    PolicyService,
    PolicyGuard,
    LoginOnceGuard,
    SessionService,
    UsersService,
    ApiTokensService,
    AuthResolver,
    UsersResolver,
    ApiTokensResolver,
  ],
  exports: [PolicyService, PolicyGuard],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuthenticationMiddleware).forRoutes('{*path}');
  }
}
