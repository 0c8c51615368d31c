import type { AppConfig } from '../config/app-config.js';

/**
 * The HS256 key every JWT of the API is signed with (access and preview tokens; each has its own
 * `typ`, so one cannot stand for the other). Read when used, not at construction: printing the schema
 * builds the app without a secret.
 */
export function jwtKey(config: Pick<AppConfig, 'JWT_SECRET'>): Uint8Array {
  if (!config.JWT_SECRET) throw new Error('JWT_SECRET is not set');
  return new TextEncoder().encode(config.JWT_SECRET);
}
