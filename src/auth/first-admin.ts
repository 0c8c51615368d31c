import { randomBytes } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { normalizeEmail } from './email.js';
import { Role, User } from './entities/user.entity.js';
import { hashPassword } from './password-hasher.js';

/**
 * Creates the first ADMIN when there is no user at all, so a new install can log in. Without
 * ADMIN_PASSWORD a random password is generated and printed once; it is never stored in clear.
 */
export async function ensureFirstAdmin(dataSource: DataSource, config: Pick<AppConfig, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>): Promise<void> {
  const users = dataSource.getRepository(User);
  if ((await users.count()) > 0) return;
  const password = config.ADMIN_PASSWORD ?? randomBytes(15).toString('base64url');
  await users.insert({
    email: normalizeEmail(config.ADMIN_EMAIL),
    displayName: 'Administrator',
    role: Role.ADMIN,
    passwordHash: await hashPassword(password),
  });
  const logger = new Logger('FirstAdmin');
  if (config.ADMIN_PASSWORD) logger.log(`Created the first admin user ${config.ADMIN_EMAIL}`);
  else logger.warn(`Created the first admin user ${config.ADMIN_EMAIL} with the password ${password} (shown once: change it)`);
}
