import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1796008413143 implements MigrationInterface {
  name = 'Initial1796008413143';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "author_translation" ("author_id" uuid NOT NULL, "locale" character varying(16) NOT NULL, "bio" text NOT NULL, CONSTRAINT "PK_7e015b76366369658a87e111d41" PRIMARY KEY ("author_id", "locale"))`);
    await queryRunner.query(`CREATE TABLE "author" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "slug" character varying(140) NOT NULL, "twitter_handle" character varying(15), "avatar_url" character varying(2048), CONSTRAINT "PK_5a0e79799d372fe56f2f3fa6871" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6ee7ef69a7694fea87382052fe" ON "author"  ("slug") `);
    await queryRunner.query(`CREATE TABLE "user" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "password_hash" character varying(200) NOT NULL, "display_name" character varying(120) NOT NULL, "role" character varying(16) NOT NULL, "author_id" uuid, "disabled_at" TIMESTAMP WITH TIME ZONE, "session_version" integer NOT NULL DEFAULT '0', CONSTRAINT "UQ_25b795eddefd6286c8e9095f099" UNIQUE ("author_id"), CONSTRAINT "REL_25b795eddefd6286c8e9095f09" UNIQUE ("author_id"), CONSTRAINT "user_role_known" CHECK ("role" IN ('ADMIN', 'EDITOR', 'AUTHOR', 'TRANSLATOR')), CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user"  ("email") `);
    await queryRunner.query(`CREATE TABLE "section_translation" ("section_id" uuid NOT NULL, "locale" character varying(16) NOT NULL, "name" character varying(120) NOT NULL, "slug" character varying(140) NOT NULL, "description" text, CONSTRAINT "PK_d37567a6f7f33427dcf3244dbed" PRIMARY KEY ("section_id", "locale"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c87cf124d1443d722fb1ac0ff0" ON "section_translation"  ("locale", "slug") `);
    await queryRunner.query(`CREATE TABLE "section" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_id" uuid, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "section_not_own_parent" CHECK ("parent_id" IS DISTINCT FROM "id"), CONSTRAINT "PK_3c41d2d699384cc5e8eac54777d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e5703ff6e0761dcf98060c2dfe" ON "section"  ("parent_id", "position") `);
    await queryRunner.query(`CREATE TABLE "story_author" ("story_id" uuid NOT NULL, "author_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_05c1ddad2995d2d80572db9d693" PRIMARY KEY ("story_id", "author_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_05c1ddad2995d2d80572db9d69" ON "story_author"  ("author_id", "story_id") `);
    await queryRunner.query(`CREATE TABLE "story_section" ("story_id" uuid NOT NULL, "section_id" uuid NOT NULL, CONSTRAINT "PK_eb87b743613dfbc364cc265ea29" PRIMARY KEY ("story_id", "section_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_eb87b743613dfbc364cc265ea2" ON "story_section"  ("section_id", "story_id") `);
    await queryRunner.query(`CREATE TABLE "tag_translation" ("tag_id" uuid NOT NULL, "locale" character varying(16) NOT NULL, "name" character varying(120) NOT NULL, "slug" character varying(140) NOT NULL, CONSTRAINT "PK_01ec2588e4e1eecdbf73f3057c3" PRIMARY KEY ("tag_id", "locale"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_51eccb62dc6ba47e9849fb22f9" ON "tag_translation"  ("locale", "slug") `);
    await queryRunner.query(`CREATE TABLE "tag" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), CONSTRAINT "PK_8e4052373c579afc1471f526760" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "story_tag" ("story_id" uuid NOT NULL, "tag_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_51026ae78e54fc99fc6dc2ffa0b" PRIMARY KEY ("story_id", "tag_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_51026ae78e54fc99fc6dc2ffa0" ON "story_tag"  ("tag_id", "story_id") `);
    await queryRunner.query(`CREATE TABLE "story" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "source_locale" character varying(16) NOT NULL, "primary_section_id" uuid, "featured_image_url" character varying(2048), "featured_image_width" integer, "featured_image_height" integer, "featured_image_credit" character varying(300), "deleted_at" TIMESTAMP WITH TIME ZONE, "created_by_id" uuid, "updated_by_id" uuid, CONSTRAINT "PK_28fce6873d61e2cace70a0f3361" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "article" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "story_id" uuid NOT NULL, "locale" character varying(16) NOT NULL, "slug" character varying(200) NOT NULL, "title" character varying(300) NOT NULL, "subtitle" text, "excerpt" text, "body" text NOT NULL DEFAULT '', "body_text" text NOT NULL DEFAULT '', "word_count" integer NOT NULL DEFAULT '0', "image_alt" character varying(300), "image_caption" text, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "published_at" TIMESTAMP WITH TIME ZONE, "scheduled_at" TIMESTAMP WITH TIME ZONE, "unpublish_at" TIMESTAMP WITH TIME ZONE, "translation_credit" character varying(300), "version" integer NOT NULL DEFAULT '1', "translated_from_id" uuid, "translated_from_version" integer, "search_vector" tsvector, "created_by_id" uuid, "updated_by_id" uuid, CONSTRAINT "article_scheduled_has_date" CHECK ("status" <> 'SCHEDULED' OR "scheduled_at" IS NOT NULL), CONSTRAINT "article_published_has_date" CHECK ("status" <> 'PUBLISHED' OR "published_at" IS NOT NULL), CONSTRAINT "article_status_known" CHECK ("status" IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')), CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c0a607e6f22b944f557155623c" ON "article"  ("translated_from_id") `);
    await queryRunner.query(`CREATE INDEX "idx_article_due_unpublish" ON "article"  ("unpublish_at") WHERE "unpublish_at" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "idx_article_due_schedule" ON "article"  ("scheduled_at") WHERE "status" = 'SCHEDULED'`);
    await queryRunner.query(`CREATE INDEX "idx_article_published_by_locale" ON "article"  ("locale", "published_at", "id") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6bb8e148b63483195c83187c47" ON "article"  ("story_id", "locale") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a2ea75fc0f6432070cf0627b16" ON "article"  ("locale", "slug") `);
    await queryRunner.query(`CREATE TABLE "article_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "article_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "changed_fields" text array NOT NULL DEFAULT '{}', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8ba7e2fe48e891064c6d4b4ef20" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a72b9af0e5547a842550d20fda" ON "article_revision"  ("article_id", "version") `);
    await queryRunner.query(`CREATE TABLE "article_slug_redirect" ("locale" character varying(16) NOT NULL, "slug" character varying(200) NOT NULL, "article_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d1e796d9d1b761161ecb8c17451" PRIMARY KEY ("locale", "slug"))`);
    await queryRunner.query(`CREATE INDEX "IDX_09ed8eb30ed0a23a7547897ed1" ON "article_slug_redirect"  ("article_id") `);
    await queryRunner.query(`CREATE TABLE "newsletter_list" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" character varying(80) NOT NULL, "frequency" character varying(16) NOT NULL, "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "newsletter_list_frequency_known" CHECK ("frequency" IN ('DAILY', 'WEEKLY', 'BREAKING')), CONSTRAINT "PK_ae8ed111e3f58df825956559135" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d95a9fceb55fd2325da627ea6a" ON "newsletter_list"  ("key") `);
    await queryRunner.query(`CREATE TABLE "newsletter_list_translation" ("list_id" uuid NOT NULL, "locale" character varying(16) NOT NULL, "name" character varying(120) NOT NULL, "description" text, CONSTRAINT "PK_0e6d58ab8dd6607ec25054562f7" PRIMARY KEY ("list_id", "locale"))`);
    await queryRunner.query(`CREATE TABLE "outbox_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recipient" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "html" text NOT NULL, "text" text NOT NULL, "headers" jsonb NOT NULL DEFAULT '{}', "status" character varying(16) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "outbox_message_status_known" CHECK ("status" IN ('PENDING', 'SENT', 'FAILED')), CONSTRAINT "PK_2f36ee5236f2793f3e7bd554589" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "idx_outbox_message_due" ON "outbox_message"  ("next_attempt_at") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`CREATE TABLE "newsletter_subscription" ("subscriber_id" uuid NOT NULL, "list_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cc3903a5ca0ab1da543f4d7825d" PRIMARY KEY ("subscriber_id", "list_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cc3903a5ca0ab1da543f4d7825" ON "newsletter_subscription"  ("list_id", "subscriber_id") `);
    await queryRunner.query(`CREATE TABLE "newsletter_subscriber" ("created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "locale" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'PENDING', "consent_at" TIMESTAMP WITH TIME ZONE, "consent_text" text, "consent_version" character varying(40), "consent_source" character varying(200), "confirmed_at" TIMESTAMP WITH TIME ZONE, "unsubscribed_at" TIMESTAMP WITH TIME ZONE, "confirm_token_hash" character varying(64), "confirm_token_expires_at" TIMESTAMP WITH TIME ZONE, "manage_token_hash" character varying(64) NOT NULL, CONSTRAINT "newsletter_subscriber_status_known" CHECK ("status" IN ('PENDING', 'ACTIVE', 'UNSUBSCRIBED')), CONSTRAINT "PK_673f5f9a16ef0e216059224e02f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c7c77fa243eefb2415b13f1b4e" ON "newsletter_subscriber"  ("email") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a44fa88ef2c39f249bd065c8e0" ON "newsletter_subscriber"  ("confirm_token_hash") WHERE "confirm_token_hash" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3ea61b83602ac6ed75170e21f1" ON "newsletter_subscriber"  ("manage_token_hash") `);
    await queryRunner.query(`CREATE INDEX "IDX_8f6f5ada059a90bd0581804293" ON "newsletter_subscriber"  ("status", "created_at") `);
    await queryRunner.query(`ALTER TABLE "author_translation" ADD CONSTRAINT "FK_8f5088d15d88ac4c9c963cad1ab" FOREIGN KEY ("author_id") REFERENCES "author"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user" ADD CONSTRAINT "FK_25b795eddefd6286c8e9095f099" FOREIGN KEY ("author_id") REFERENCES "author"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "section_translation" ADD CONSTRAINT "FK_00315614df40228983a06983b81" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "section" ADD CONSTRAINT "FK_5ca7baa8dbd3ef117ffe9ba37e0" FOREIGN KEY ("parent_id") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "story_author" ADD CONSTRAINT "FK_a0882f6b863aaa5286716662c25" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "story_author" ADD CONSTRAINT "FK_050adefee65cecb60525bdb342e" FOREIGN KEY ("author_id") REFERENCES "author"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "story_section" ADD CONSTRAINT "FK_8d480fb13902860285abf27731b" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "story_section" ADD CONSTRAINT "FK_9eb23e65622fe132e3d21fbe140" FOREIGN KEY ("section_id") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "tag_translation" ADD CONSTRAINT "FK_ae89a18d55a347cb32beb0216ae" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "story_tag" ADD CONSTRAINT "FK_ef070cefa70f20a35e70ca22aa1" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "story_tag" ADD CONSTRAINT "FK_15f33ad698ac02edeb08f05483a" FOREIGN KEY ("tag_id") REFERENCES "tag"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "story" ADD CONSTRAINT "FK_4c8a26e0eba2a6965309e9e891c" FOREIGN KEY ("primary_section_id") REFERENCES "section"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "story" ADD CONSTRAINT "FK_31b65a7dd2d401e912bae4ead36" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "story" ADD CONSTRAINT "FK_a699b50221a9ec32859e06a3e88" FOREIGN KEY ("updated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article" ADD CONSTRAINT "FK_4d30d7cadac98ffc4025534ce1f" FOREIGN KEY ("story_id") REFERENCES "story"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article" ADD CONSTRAINT "FK_c0a607e6f22b944f557155623ce" FOREIGN KEY ("translated_from_id") REFERENCES "article"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article" ADD CONSTRAINT "FK_f2be8636cbb0b049da7d621b5f3" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article" ADD CONSTRAINT "FK_348396f63e5946e8a4d09b38be3" FOREIGN KEY ("updated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_revision" ADD CONSTRAINT "FK_0f5cabd230607eb5df11fa16ff1" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_revision" ADD CONSTRAINT "FK_29092026533693ca7a36f9d4c7b" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "article_slug_redirect" ADD CONSTRAINT "FK_09ed8eb30ed0a23a7547897ed11" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "newsletter_list_translation" ADD CONSTRAINT "FK_420ecca99b46a5826f3e4458d9d" FOREIGN KEY ("list_id") REFERENCES "newsletter_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscription" ADD CONSTRAINT "FK_3d394eb04f1ec913b172be1ff72" FOREIGN KEY ("subscriber_id") REFERENCES "newsletter_subscriber"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscription" ADD CONSTRAINT "FK_f3d6cf9a0a681ed800b1c6fa5b3" FOREIGN KEY ("list_id") REFERENCES "newsletter_list"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    // Hand-written: full-text search. The dictionary follows the version's locale (Italian and English
    // stemming, any PostgreSQL language by its ISO code, 'simple' otherwise), so a locale added by
    // configuration is searchable with no migration.
    await queryRunner.query(`CREATE FUNCTION redazione_search_config(locale text) RETURNS regconfig
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT COALESCE((SELECT oid::regconfig FROM pg_catalog.pg_ts_config WHERE cfgname = CASE split_part(locale, '-', 1)
          WHEN 'ar' THEN 'arabic' WHEN 'hy' THEN 'armenian' WHEN 'eu' THEN 'basque' WHEN 'ca' THEN 'catalan'
          WHEN 'da' THEN 'danish' WHEN 'nl' THEN 'dutch' WHEN 'en' THEN 'english' WHEN 'fi' THEN 'finnish'
          WHEN 'fr' THEN 'french' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek' WHEN 'hi' THEN 'hindi'
          WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian' WHEN 'ga' THEN 'irish' WHEN 'it' THEN 'italian'
          WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian'
          WHEN 'pt' THEN 'portuguese' WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian' WHEN 'sr' THEN 'serbian'
          WHEN 'es' THEN 'spanish' WHEN 'sv' THEN 'swedish' WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish'
          WHEN 'yi' THEN 'yiddish' END LIMIT 1), 'simple'::regconfig)
      $$`);
    await queryRunner.query(`CREATE FUNCTION article_search_vector_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE config regconfig := redazione_search_config(NEW.locale);
      BEGIN
        NEW.search_vector :=
          setweight(to_tsvector(config, coalesce(NEW.title, '')), 'A') ||
          setweight(to_tsvector(config, coalesce(NEW.subtitle, '')), 'B') ||
          setweight(to_tsvector(config, coalesce(NEW.excerpt, '')), 'B') ||
          setweight(to_tsvector(config, coalesce(NEW.body_text, '')), 'C');
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER article_search_vector BEFORE INSERT OR UPDATE OF locale, title, subtitle, excerpt, body_text
      ON "article" FOR EACH ROW EXECUTE FUNCTION article_search_vector_refresh()`);
    await queryRunner.query(`CREATE INDEX "idx_article_search" ON "article" USING gin ("search_vector")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_article_search"`);
    await queryRunner.query(`DROP TRIGGER article_search_vector ON "article"`);
    await queryRunner.query(`DROP FUNCTION article_search_vector_refresh()`);
    await queryRunner.query(`DROP FUNCTION redazione_search_config(text)`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscription" DROP CONSTRAINT "FK_f3d6cf9a0a681ed800b1c6fa5b3"`);
    await queryRunner.query(`ALTER TABLE "newsletter_subscription" DROP CONSTRAINT "FK_3d394eb04f1ec913b172be1ff72"`);
    await queryRunner.query(`ALTER TABLE "newsletter_list_translation" DROP CONSTRAINT "FK_420ecca99b46a5826f3e4458d9d"`);
    await queryRunner.query(`ALTER TABLE "article_slug_redirect" DROP CONSTRAINT "FK_09ed8eb30ed0a23a7547897ed11"`);
    await queryRunner.query(`ALTER TABLE "article_revision" DROP CONSTRAINT "FK_29092026533693ca7a36f9d4c7b"`);
    await queryRunner.query(`ALTER TABLE "article_revision" DROP CONSTRAINT "FK_0f5cabd230607eb5df11fa16ff1"`);
    await queryRunner.query(`ALTER TABLE "article" DROP CONSTRAINT "FK_348396f63e5946e8a4d09b38be3"`);
    await queryRunner.query(`ALTER TABLE "article" DROP CONSTRAINT "FK_f2be8636cbb0b049da7d621b5f3"`);
    await queryRunner.query(`ALTER TABLE "article" DROP CONSTRAINT "FK_c0a607e6f22b944f557155623ce"`);
    await queryRunner.query(`ALTER TABLE "article" DROP CONSTRAINT "FK_4d30d7cadac98ffc4025534ce1f"`);
    await queryRunner.query(`ALTER TABLE "story" DROP CONSTRAINT "FK_a699b50221a9ec32859e06a3e88"`);
    await queryRunner.query(`ALTER TABLE "story" DROP CONSTRAINT "FK_31b65a7dd2d401e912bae4ead36"`);
    await queryRunner.query(`ALTER TABLE "story" DROP CONSTRAINT "FK_4c8a26e0eba2a6965309e9e891c"`);
    await queryRunner.query(`ALTER TABLE "story_tag" DROP CONSTRAINT "FK_15f33ad698ac02edeb08f05483a"`);
    await queryRunner.query(`ALTER TABLE "story_tag" DROP CONSTRAINT "FK_ef070cefa70f20a35e70ca22aa1"`);
    await queryRunner.query(`ALTER TABLE "tag_translation" DROP CONSTRAINT "FK_ae89a18d55a347cb32beb0216ae"`);
    await queryRunner.query(`ALTER TABLE "story_section" DROP CONSTRAINT "FK_9eb23e65622fe132e3d21fbe140"`);
    await queryRunner.query(`ALTER TABLE "story_section" DROP CONSTRAINT "FK_8d480fb13902860285abf27731b"`);
    await queryRunner.query(`ALTER TABLE "story_author" DROP CONSTRAINT "FK_050adefee65cecb60525bdb342e"`);
    await queryRunner.query(`ALTER TABLE "story_author" DROP CONSTRAINT "FK_a0882f6b863aaa5286716662c25"`);
    await queryRunner.query(`ALTER TABLE "section" DROP CONSTRAINT "FK_5ca7baa8dbd3ef117ffe9ba37e0"`);
    await queryRunner.query(`ALTER TABLE "section_translation" DROP CONSTRAINT "FK_00315614df40228983a06983b81"`);
    await queryRunner.query(`ALTER TABLE "user" DROP CONSTRAINT "FK_25b795eddefd6286c8e9095f099"`);
    await queryRunner.query(`ALTER TABLE "author_translation" DROP CONSTRAINT "FK_8f5088d15d88ac4c9c963cad1ab"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8f6f5ada059a90bd0581804293"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3ea61b83602ac6ed75170e21f1"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a44fa88ef2c39f249bd065c8e0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c7c77fa243eefb2415b13f1b4e"`);
    await queryRunner.query(`DROP TABLE "newsletter_subscriber"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cc3903a5ca0ab1da543f4d7825"`);
    await queryRunner.query(`DROP TABLE "newsletter_subscription"`);
    await queryRunner.query(`DROP INDEX "public"."idx_outbox_message_due"`);
    await queryRunner.query(`DROP TABLE "outbox_message"`);
    await queryRunner.query(`DROP TABLE "newsletter_list_translation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d95a9fceb55fd2325da627ea6a"`);
    await queryRunner.query(`DROP TABLE "newsletter_list"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_09ed8eb30ed0a23a7547897ed1"`);
    await queryRunner.query(`DROP TABLE "article_slug_redirect"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a72b9af0e5547a842550d20fda"`);
    await queryRunner.query(`DROP TABLE "article_revision"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2ea75fc0f6432070cf0627b16"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6bb8e148b63483195c83187c47"`);
    await queryRunner.query(`DROP INDEX "public"."idx_article_published_by_locale"`);
    await queryRunner.query(`DROP INDEX "public"."idx_article_due_schedule"`);
    await queryRunner.query(`DROP INDEX "public"."idx_article_due_unpublish"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c0a607e6f22b944f557155623c"`);
    await queryRunner.query(`DROP TABLE "article"`);
    await queryRunner.query(`DROP TABLE "story"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51026ae78e54fc99fc6dc2ffa0"`);
    await queryRunner.query(`DROP TABLE "story_tag"`);
    await queryRunner.query(`DROP TABLE "tag"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_51eccb62dc6ba47e9849fb22f9"`);
    await queryRunner.query(`DROP TABLE "tag_translation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb87b743613dfbc364cc265ea2"`);
    await queryRunner.query(`DROP TABLE "story_section"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_05c1ddad2995d2d80572db9d69"`);
    await queryRunner.query(`DROP TABLE "story_author"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e5703ff6e0761dcf98060c2dfe"`);
    await queryRunner.query(`DROP TABLE "section"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c87cf124d1443d722fb1ac0ff0"`);
    await queryRunner.query(`DROP TABLE "section_translation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e12875dfb3b1d92d7d7c5377e2"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6ee7ef69a7694fea87382052fe"`);
    await queryRunner.query(`DROP TABLE "author"`);
    await queryRunner.query(`DROP TABLE "author_translation"`);
  }
}
