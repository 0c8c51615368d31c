import { createHmac } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../config/app-config.js';

/**
 * The keyed hash kept for erased addresses: HMAC-SHA256 of the normalized address with
 * NEWSLETTER_ERASURE_SECRET (or JWT_SECRET). Keyed, so that hashing a list of known addresses
 * does not reveal who was erased without the server's secret.
 */
@Injectable()
export class ErasureHasher {
  constructor(private readonly config: AppConfig) {}

  hash(email: string): string {
    return createHmac('sha256', this.key()).update(email, 'utf8').digest('hex');
  }

  /** Which of these addresses were erased: one statement for a batch of imported rows. */
  async erasedAmong(manager: EntityManager, emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const byHash = new Map(emails.map((email) => [this.hash(email), email]));
    const rows: { email_hash: string }[] = await manager.query(`SELECT email_hash FROM newsletter_erasure WHERE email_hash = ANY($1::text[])`, [[...byHash.keys()]]);
    return new Set(rows.map((row) => byHash.get(row.email_hash)!));
  }

  // Read when used: main.ts resolves a development JWT_SECRET after the config is built.
  private key(): string {
    const key = this.config.NEWSLETTER_ERASURE_SECRET ?? this.config.JWT_SECRET;
    if (!key) throw new Error('Neither NEWSLETTER_ERASURE_SECRET nor JWT_SECRET is set');
    return key;
  }
}
