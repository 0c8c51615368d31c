import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newsroom side of the newsletter: `newsletter_erasure` keeps a keyed hash (HMAC-SHA256) of each
 * erased address, so imports cannot add the person back; an index on (created_at, id) serves the
 * subscriber list, paged newest first.
 */
export class NewsletterNewsroom1796013205448 implements MigrationInterface {
  name = 'NewsletterNewsroom1796013205448';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "newsletter_erasure" ("email_hash" character varying(64) NOT NULL, "erased_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_77bdb29b51de5d73c453b94a737" PRIMARY KEY ("email_hash"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9114ac23107bb3467a7ee74863" ON "newsletter_subscriber"  ("created_at", "id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_9114ac23107bb3467a7ee74863"`);
    await queryRunner.query(`DROP TABLE "newsletter_erasure"`);
  }
}
