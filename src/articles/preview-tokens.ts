import { Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AppConfig } from '../config/app-config.js';
import { jwtKey } from '../auth/index.js';

// A type of its own: an access token cannot be used as a preview token, nor the other way round.
const TYPE = 'preview+jwt';
const AUDIENCE = 'redazione-preview';

export interface PreviewToken {
  token: string;
  expiresAt: Date;
}

/** Signed, expiring tokens that let a frontend read one unpublished version through the public queries. */
@Injectable()
export class PreviewTokens {
  constructor(private readonly config: AppConfig) {}

  async sign(articleId: string, now = new Date()): Promise<PreviewToken> {
    const expiresAt = Math.floor(now.getTime() / 1000) + this.config.PREVIEW_TOKEN_TTL_SECONDS;
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: TYPE })
      .setSubject(articleId)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(expiresAt)
      .sign(this.key());
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The article id a valid token opens, or null for an expired, forged or foreign token. */
  async articleIdOf(token: string): Promise<string | null> {
    try {
      const { payload } = await jwtVerify(token, this.key(), { algorithms: ['HS256'], audience: AUDIENCE, typ: TYPE });
      return typeof payload.sub === 'string' ? payload.sub : null;
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }

  private key(): Uint8Array {
    return jwtKey(this.config);
  }
}
