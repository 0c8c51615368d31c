import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Newsletter tokens move to their own table, one row per token sent (hashed): a used or expired
 * confirmation link can be told apart from an unknown one, and every email's manage link keeps working.
 * Reverting gives each subscriber a fresh random manage token hash (the old links stop working).
 */
export class NewsletterTokens1796009602121 implements MigrationInterface {
  name = 'NewsletterTokens1796009602121';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_a44fa88ef2c39f249bd065c8e0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ea61b83602ac6ed75170e21f1"`);
    await queryRunner.query(`CREATE TABLE "newsletter_token" ("token_hash" character varying(64) NOT NULL, "subscriber_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "newsletter_token_purpose_known" CHECK ("purpose" IN ('CONFIRM', 'MANAGE')), CONSTRAINT "PK_a34020cd9cb2b207687d4b971ff" PRIMARY KEY ("token_hash"))`);
    await queryRunner.query(`CREATE INDEX "IDX_73d96563ec753b676dee224992" ON "newsletter_token"  ("subscriber_id") `);
    await queryRunner.query(`ALTER TABLE "newsletter_subscriber" DROP COLUMN "manage_token_hash"`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscriber" DROP COLUMN "confirm_token_hash"`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscriber" DROP COLUMN "confirm_token_expires_at"`);
    await queryRunner.query(`ALTER TABLE "newsletter_token" ADD CONSTRAINT "FK_73d96563ec753b676dee224992e" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscriber"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "newsletter_token" DROP CONSTRAINT "FK_73d96563ec753b676dee224992e"`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscriber" ADD "confirm_token_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscriber" ADD "confirm_token_hash" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscriber" ADD "manage_token_hash" character varying(64)`);
    await queryRunner.query(`UPDATE "newsletter_subscriber" SET "manage_token_hash" = encode(sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 'hex')`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscriber" ALTER COLUMN "manage_token_hash" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "public"."IDX_73d96563ec753b676dee224992"`);
    await queryRunner.query(`DROP TABLE "newsletter_token"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3ea61b83602ac6ed75170e21f1" ON "newsletter_subscriber" USING btree ("manage_token_hash") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a44fa88ef2c39f249bd065c8e0" ON "newsletter_subscriber" USING btree ("confirm_token_hash") WHERE (confirm_token_hash IS NOT NULL)`);
  }
}
