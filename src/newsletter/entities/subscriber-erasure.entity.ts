import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * What is left of an erased subscriber (GDPR art. 17): a keyed hash of the address, HMAC-SHA256 with
 * a server secret, so the address cannot be recovered from a database dump or guessed from a list of
 * known addresses, yet an import can still recognize it and refuse to add the person back.
 */
@Entity('newsletter_erasure')
export class SubscriberErasure {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  emailHash!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  erasedAt!: Date;
}
