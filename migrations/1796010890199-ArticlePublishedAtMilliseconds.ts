import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * published_at at millisecond precision, like a JavaScript Date, so keyset cursors built from it
 * round-trip exactly (a microsecond value read into a Date and sent back would skip or repeat rows).
 * PostgreSQL rebuilds the indexes on the column by itself.
 */
export class ArticlePublishedAtMilliseconds1796010890199 implements MigrationInterface {
  name = 'ArticlePublishedAtMilliseconds1796010890199';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article" ALTER COLUMN "published_at" TYPE TIMESTAMP(3) WITH TIME ZONE`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "article" ALTER COLUMN "published_at" TYPE TIMESTAMP WITH TIME ZONE`);
  }
}
