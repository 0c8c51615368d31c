import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StoryMerges1796015383703 implements MigrationInterface {
  name = 'StoryMerges1796015383703';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "story_merge" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "target_story_id" uuid NOT NULL, "source_story_id" uuid NOT NULL, "moved_article_ids" uuid array NOT NULL, "merged_by_id" uuid, "merged_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_66356239c2c6a8fb1017a67d88c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_151d37478de08024c823f2f73c" ON "story_merge"  ("target_story_id") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_151d37478de08024c823f2f73c"`);
    await queryRunner.query(`DROP TABLE "story_merge"`);
  }
}
