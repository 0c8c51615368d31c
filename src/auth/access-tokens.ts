import { Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AppConfig } from '../config/app-config.js';
import { jwtKey } from './jwt-key.js';

export interface AccessTokenClaims {
  userId: string;
  sessionId: string;
}

export interface SignedAccessToken {
  token: string;
  expiresAt: Date;
}

const ISSUER = 'redazione';
const AUDIENCE = 'redazione-api';
// The JOSE `typ` of access tokens (RFC 9068): other JWTs signed with the same secret (previews) are refused.
const TYPE = 'at+jwt';

/** Short-lived access tokens: HS256 JWTs naming the user and the session, signed with JWT_SECRET. */
@Injectable()
export class AccessTokens {
  constructor(private readonly config: AppConfig) {}

  async sign(claims: AccessTokenClaims, now = new Date()): Promise<SignedAccessToken> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: TYPE })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key());
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The claims of a valid, unexpired token, or null for anything else (bad signature, expired, malformed). */
  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key(), { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE, typ: TYPE });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (error) {
      if (error instanceof errors.JOSEError) return null;
      throw error;
    }
  }

  private key(): Uint8Array {
    return jwtKey(this.config);
  }
}
