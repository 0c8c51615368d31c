import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors.js';
import type { Actor } from './actor.js';
import { ApiToken } from './entities/api-token.entity.js';
import type { CreateApiTokenInput } from './dto/api-token.input.js';
import { toApiTokenModel, type ApiTokenModel, type CreatedApiTokenModel } from './models/api-token.model.js';
import { Action } from './permissions.js';
import { PolicyService } from './policy.service.js';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './secure-token.js';

/** lastUsedAt is written at most this often per token, so a busy tool does not write on every request. */
const LAST_USED_PRECISION_MS = 60_000;
const SHOWN_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 6;

/** API tokens for tools and servers: issued by an ADMIN with a role, shown once, stored hashed. */
@Injectable()
export class ApiTokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
  ) {}

  /** Every token, newest first, revoked and expired ones included (they are the audit trail). */
  async list(actor: Actor | null): Promise<ApiTokenModel[]> {
    this.policy.assertAllowed(actor, Action.ManageApiTokens);
    const tokens = await this.tokens().find({ order: { createdAt: 'DESC', id: 'DESC' } });
    return tokens.map(toApiTokenModel);
  }

  /** Issues a token; its secret is returned here and never again. */
  async create(actor: Actor | null, input: CreateApiTokenInput): Promise<CreatedApiTokenModel> {
    const { userId } = this.policy.assertAllowed(actor, Action.ManageApiTokens);
    const secret = newSecret(API_TOKEN_PREFIX);
    const token = await this.dataSource.transaction((manager) =>
      manager.getRepository(ApiToken).save({
        name: input.name,
        role: input.role,
        tokenHash: hashSecret(secret),
        tokenPrefix: secret.slice(0, SHOWN_PREFIX_LENGTH),
        createdById: userId,
        expiresAt: input.expiresAt ?? null,
        revokedAt: null,
        lastUsedAt: null,
      }),
    );
    return { apiToken: toApiTokenModel(token), secret };
  }

  /** Stops a token at once; revoking it again changes nothing. */
  async revoke(actor: Actor | null, id: string): Promise<ApiTokenModel> {
    this.policy.assertAllowed(actor, Action.ManageApiTokens);
    return this.dataSource.transaction(async (manager) => {
      const tokens = manager.getRepository(ApiToken);
      const token = await tokens.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!token) throw AppError.notFound('API token');
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        await tokens.update({ id }, { revokedAt: token.revokedAt });
      }
      return toApiTokenModel(token);
    });
  }

  /** The actor of a live (unrevoked, unexpired) token's secret, or null; records when it was used. */
  async authenticate(secret: string): Promise<Actor | null> {
    const token = await this.tokens()
      .createQueryBuilder('token')
      .where('token.token_hash = :hash', { hash: hashSecret(secret) })
      .andWhere('token.revoked_at IS NULL AND (token.expires_at IS NULL OR token.expires_at > now())')
      .getOne();
    if (!token) return null;
    await this.recordUse(token);
    return { kind: 'apiToken', userId: null, role: token.role, apiTokenId: token.id };
  }

  private async recordUse(token: ApiToken, now = new Date()): Promise<void> {
    if (token.lastUsedAt && now.getTime() - token.lastUsedAt.getTime() < LAST_USED_PRECISION_MS) return;
    await this.tokens().update({ id: token.id }, { lastUsedAt: now });
  }

  private tokens() {
    return this.dataSource.getRepository(ApiToken);
  }
}
