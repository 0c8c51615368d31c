import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lists walk the published-by-locale index alone (index-only, story_id included) and test the story's liveness in an index too. */
export class ListingIndexes1796018222864 implements MigrationInterface {
  name = 'ListingIndexes1796018222864';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_article_published_by_locale"`);
    await queryRunner.query(`CREATE INDEX "idx_story_live" ON "story"  ("id") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "idx_article_published_by_locale" ON "article"  ("locale", "published_at", "id", "story_id") WHERE "status" = 'PUBLISHED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_article_published_by_locale"`);
    await queryRunner.query(`DROP INDEX "public"."idx_story_live"`);
    await queryRunner.query(`CREATE INDEX "idx_article_published_by_locale" ON "article"  ("locale", "published_at", "id") WHERE "status" = 'PUBLISHED'`);
  }
}
