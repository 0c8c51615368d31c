import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessTokens } from './access-tokens.js';
import { ANONYMOUS, type Actor, type RequestAuth } from './actor.js';
import { ApiTokensService } from './api-tokens.service.js';
import type { Role } from './entities/user.entity.js';
import { API_TOKEN_PREFIX } from './secure-token.js';
import { liveSessions } from './session-queries.js';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Turns a request's `Authorization` header into its actor, once per request. */
@Injectable()
export class AuthenticationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly accessTokens: AccessTokens,
    private readonly apiTokens: ApiTokensService,
  ) {}

  /**
   * No header (or another scheme): anonymous, at no cost. A bearer token: one query checks that its
   * session or API token is still live and the user still enabled, so revocation takes effect at once.
   */
  async authenticate(authorization: string | undefined): Promise<RequestAuth> {
    const token = authorization?.match(BEARER)?.[1];
    if (!token) return ANONYMOUS;
    const actor = token.startsWith(API_TOKEN_PREFIX) ? await this.apiTokens.authenticate(token) : await this.sessionActor(token);
    return actor ? { actor, rejected: false } : { actor: null, rejected: true };
  }

  private async sessionActor(accessToken: string): Promise<Actor | null> {
    const claims = await this.accessTokens.verify(accessToken);
    if (!claims) return null;
    const row = await liveSessions(this.dataSource)
      .select('user.role', 'role')
      .andWhere('session.id = :sessionId AND session.user_id = :userId', claims)
      .getRawOne<{ role: Role }>();
    return row ? { kind: 'user', userId: claims.userId, role: row.role, sessionId: claims.sessionId } : null;
  }
}

