import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es', 'ru');
  CREATE TYPE "public"."enum__articles_v_published_locale" AS ENUM('en', 'es', 'ru');
  CREATE TYPE "public"."enum__comparisons_v_published_locale" AS ENUM('en', 'es', 'ru');
  CREATE TYPE "public"."enum_exports_locale" AS ENUM('all', 'en', 'es', 'ru');
  CREATE TABLE "articles_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"description" varchar,
  	"body" jsonb,
  	"reading_time" numeric,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"_status" "enum_articles_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_articles_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_body" jsonb,
  	"version_reading_time" numeric,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version__status" "enum__articles_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "comparisons_rows_locales" (
  	"feature" varchar,
  	"a" varchar,
  	"b" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "comparisons_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"intro" varchar,
  	"verdict" varchar,
  	"meta_title" varchar,
  	"meta_description" varchar,
  	"meta_image_id" integer,
  	"_status" "enum_comparisons_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_comparisons_v_version_rows_locales" (
  	"feature" varchar,
  	"a" varchar,
  	"b" varchar,
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_comparisons_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_intro" varchar,
  	"version_verdict" varchar,
  	"version_meta_title" varchar,
  	"version_meta_description" varchar,
  	"version_meta_image_id" integer,
  	"version__status" "enum__comparisons_v_version_status" DEFAULT 'draft',
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "tags_locales" (
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "authors_locales" (
  	"role" varchar NOT NULL,
  	"city" varchar,
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "site_settings_navigation_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_locales" (
  	"tagline" varchar,
  	"intro" varchar,
  	"cta_heading" varchar NOT NULL,
  	"cta_text" varchar,
  	"cta_button_label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "articles" DROP CONSTRAINT "articles_meta_image_id_media_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "comparisons" DROP CONSTRAINT "comparisons_meta_image_id_media_id_fk";
  
  ALTER TABLE "_comparisons_v" DROP CONSTRAINT "_comparisons_v_version_meta_image_id_media_id_fk";
  
  DROP INDEX "articles_slug_idx";
  DROP INDEX "articles_meta_meta_image_idx";
  DROP INDEX "articles__status_idx";
  DROP INDEX "_articles_v_version_version_slug_idx";
  DROP INDEX "_articles_v_version_meta_version_meta_image_idx";
  DROP INDEX "_articles_v_version_version__status_idx";
  DROP INDEX "comparisons_slug_idx";
  DROP INDEX "comparisons_meta_meta_image_idx";
  DROP INDEX "comparisons__status_idx";
  DROP INDEX "_comparisons_v_version_version_slug_idx";
  DROP INDEX "_comparisons_v_version_meta_version_meta_image_idx";
  DROP INDEX "_comparisons_v_version_version__status_idx";
  DROP INDEX "tags_slug_idx";
  ALTER TABLE "_articles_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_articles_v" ADD COLUMN "published_locale" "enum__articles_v_published_locale";
  ALTER TABLE "_comparisons_v" ADD COLUMN "snapshot" boolean;
  ALTER TABLE "_comparisons_v" ADD COLUMN "published_locale" "enum__comparisons_v_published_locale";
  ALTER TABLE "exports" ADD COLUMN "locale" "enum_exports_locale" DEFAULT 'all';
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "articles_locales" ADD CONSTRAINT "articles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v_locales" ADD CONSTRAINT "_articles_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comparisons_rows_locales" ADD CONSTRAINT "comparisons_rows_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comparisons_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "comparisons_locales" ADD CONSTRAINT "comparisons_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comparisons_locales" ADD CONSTRAINT "comparisons_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."comparisons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comparisons_v_version_rows_locales" ADD CONSTRAINT "_comparisons_v_version_rows_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comparisons_v_version_rows"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_comparisons_v_locales" ADD CONSTRAINT "_comparisons_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_comparisons_v_locales" ADD CONSTRAINT "_comparisons_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_comparisons_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tags_locales" ADD CONSTRAINT "tags_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "authors_locales" ADD CONSTRAINT "authors_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."authors"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_navigation_locales" ADD CONSTRAINT "site_settings_navigation_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles_locales" USING btree ("slug","_locale");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "articles__status_idx" ON "articles_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "articles_locales_locale_parent_id_unique" ON "articles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_articles_v_locales_locale_parent_id_unique" ON "_articles_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "comparisons_rows_locales_locale_parent_id_unique" ON "comparisons_rows_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "comparisons_slug_idx" ON "comparisons_locales" USING btree ("slug","_locale");
  CREATE INDEX "comparisons_meta_meta_image_idx" ON "comparisons_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "comparisons__status_idx" ON "comparisons_locales" USING btree ("_status","_locale");
  CREATE UNIQUE INDEX "comparisons_locales_locale_parent_id_unique" ON "comparisons_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "_comparisons_v_version_rows_locales_locale_parent_id_unique" ON "_comparisons_v_version_rows_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_comparisons_v_version_version_slug_idx" ON "_comparisons_v_locales" USING btree ("version_slug","_locale");
  CREATE INDEX "_comparisons_v_version_meta_version_meta_image_idx" ON "_comparisons_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "_comparisons_v_version_version__status_idx" ON "_comparisons_v_locales" USING btree ("version__status","_locale");
  CREATE UNIQUE INDEX "_comparisons_v_locales_locale_parent_id_unique" ON "_comparisons_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "tags_slug_idx" ON "tags_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "tags_locales_locale_parent_id_unique" ON "tags_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "authors_locales_locale_parent_id_unique" ON "authors_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_navigation_locales_locale_parent_id_unique" ON "site_settings_navigation_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_articles_v_snapshot_idx" ON "_articles_v" USING btree ("snapshot");
  CREATE INDEX "_articles_v_published_locale_idx" ON "_articles_v" USING btree ("published_locale");
  CREATE INDEX "_comparisons_v_snapshot_idx" ON "_comparisons_v" USING btree ("snapshot");
  CREATE INDEX "_comparisons_v_published_locale_idx" ON "_comparisons_v" USING btree ("published_locale");
  -- Everything written before languages existed is English.
  INSERT INTO "articles_locales" ("title", "slug", "description", "body", "reading_time", "meta_title", "meta_description", "meta_image_id", "_status", "_locale", "_parent_id")
    SELECT "title", "slug", "description", "body", "reading_time", "meta_title", "meta_description", "meta_image_id", "_status", 'en', "id" FROM "articles";
  INSERT INTO "_articles_v_locales" ("version_title", "version_slug", "version_description", "version_body", "version_reading_time", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "_locale", "_parent_id")
    SELECT "version_title", "version_slug", "version_description", "version_body", "version_reading_time", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", 'en', "id" FROM "_articles_v";
  INSERT INTO "comparisons_locales" ("title", "slug", "intro", "verdict", "meta_title", "meta_description", "meta_image_id", "_status", "_locale", "_parent_id")
    SELECT "title", "slug", "intro", "verdict", "meta_title", "meta_description", "meta_image_id", "_status", 'en', "id" FROM "comparisons";
  INSERT INTO "_comparisons_v_locales" ("version_title", "version_slug", "version_intro", "version_verdict", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", "_locale", "_parent_id")
    SELECT "version_title", "version_slug", "version_intro", "version_verdict", "version_meta_title", "version_meta_description", "version_meta_image_id", "version__status", 'en', "id" FROM "_comparisons_v";
  INSERT INTO "comparisons_rows_locales" ("feature", "a", "b", "note", "_locale", "_parent_id")
    SELECT "feature", "a", "b", "note", 'en', "id" FROM "comparisons_rows";
  INSERT INTO "_comparisons_v_version_rows_locales" ("feature", "a", "b", "note", "_locale", "_parent_id")
    SELECT "feature", "a", "b", "note", 'en', "id" FROM "_comparisons_v_version_rows";
  INSERT INTO "tags_locales" ("name", "slug", "description", "_locale", "_parent_id")
    SELECT "name", "slug", "description", 'en', "id" FROM "tags";
  INSERT INTO "authors_locales" ("role", "city", "bio", "_locale", "_parent_id")
    SELECT "role", "city", "bio", 'en', "id" FROM "authors";
  INSERT INTO "site_settings_navigation_locales" ("label", "_locale", "_parent_id")
    SELECT "label", 'en', "id" FROM "site_settings_navigation";
  INSERT INTO "site_settings_locales" ("tagline", "intro", "cta_heading", "cta_text", "cta_button_label", "_locale", "_parent_id")
    SELECT "tagline", "intro", "cta_heading", "cta_text", "cta_button_label", 'en', "id" FROM "site_settings";
  ALTER TABLE "articles" DROP COLUMN "title";
  ALTER TABLE "articles" DROP COLUMN "slug";
  ALTER TABLE "articles" DROP COLUMN "description";
  ALTER TABLE "articles" DROP COLUMN "body";
  ALTER TABLE "articles" DROP COLUMN "reading_time";
  ALTER TABLE "articles" DROP COLUMN "meta_title";
  ALTER TABLE "articles" DROP COLUMN "meta_description";
  ALTER TABLE "articles" DROP COLUMN "meta_image_id";
  ALTER TABLE "articles" DROP COLUMN "_status";
  ALTER TABLE "_articles_v" DROP COLUMN "version_title";
  ALTER TABLE "_articles_v" DROP COLUMN "version_slug";
  ALTER TABLE "_articles_v" DROP COLUMN "version_description";
  ALTER TABLE "_articles_v" DROP COLUMN "version_body";
  ALTER TABLE "_articles_v" DROP COLUMN "version_reading_time";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_articles_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version__status";
  ALTER TABLE "comparisons_rows" DROP COLUMN "feature";
  ALTER TABLE "comparisons_rows" DROP COLUMN "a";
  ALTER TABLE "comparisons_rows" DROP COLUMN "b";
  ALTER TABLE "comparisons_rows" DROP COLUMN "note";
  ALTER TABLE "comparisons" DROP COLUMN "title";
  ALTER TABLE "comparisons" DROP COLUMN "slug";
  ALTER TABLE "comparisons" DROP COLUMN "intro";
  ALTER TABLE "comparisons" DROP COLUMN "verdict";
  ALTER TABLE "comparisons" DROP COLUMN "meta_title";
  ALTER TABLE "comparisons" DROP COLUMN "meta_description";
  ALTER TABLE "comparisons" DROP COLUMN "meta_image_id";
  ALTER TABLE "comparisons" DROP COLUMN "_status";
  ALTER TABLE "_comparisons_v_version_rows" DROP COLUMN "feature";
  ALTER TABLE "_comparisons_v_version_rows" DROP COLUMN "a";
  ALTER TABLE "_comparisons_v_version_rows" DROP COLUMN "b";
  ALTER TABLE "_comparisons_v_version_rows" DROP COLUMN "note";
  ALTER TABLE "_comparisons_v" DROP COLUMN "version_title";
  ALTER TABLE "_comparisons_v" DROP COLUMN "version_slug";
  ALTER TABLE "_comparisons_v" DROP COLUMN "version_intro";
  ALTER TABLE "_comparisons_v" DROP COLUMN "version_verdict";
  ALTER TABLE "_comparisons_v" DROP COLUMN "version_meta_title";
  ALTER TABLE "_comparisons_v" DROP COLUMN "version_meta_description";
  ALTER TABLE "_comparisons_v" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "_comparisons_v" DROP COLUMN "version__status";
  ALTER TABLE "tags" DROP COLUMN "name";
  ALTER TABLE "tags" DROP COLUMN "slug";
  ALTER TABLE "tags" DROP COLUMN "description";
  ALTER TABLE "authors" DROP COLUMN "role";
  ALTER TABLE "authors" DROP COLUMN "city";
  ALTER TABLE "authors" DROP COLUMN "bio";
  ALTER TABLE "site_settings_navigation" DROP COLUMN "label";
  ALTER TABLE "site_settings" DROP COLUMN "tagline";
  ALTER TABLE "site_settings" DROP COLUMN "intro";
  ALTER TABLE "site_settings" DROP COLUMN "cta_heading";
  ALTER TABLE "site_settings" DROP COLUMN "cta_text";
  ALTER TABLE "site_settings" DROP COLUMN "cta_button_label";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "title" varchar;
  ALTER TABLE "articles" ADD COLUMN "slug" varchar;
  ALTER TABLE "articles" ADD COLUMN "description" varchar;
  ALTER TABLE "articles" ADD COLUMN "body" jsonb;
  ALTER TABLE "articles" ADD COLUMN "reading_time" numeric;
  ALTER TABLE "articles" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "articles" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "articles" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "articles" ADD COLUMN "_status" "enum_articles_status" DEFAULT 'draft';
  ALTER TABLE "_articles_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_description" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_body" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_reading_time" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version__status" "enum__articles_v_version_status" DEFAULT 'draft';
  ALTER TABLE "comparisons_rows" ADD COLUMN "feature" varchar;
  ALTER TABLE "comparisons_rows" ADD COLUMN "a" varchar;
  ALTER TABLE "comparisons_rows" ADD COLUMN "b" varchar;
  ALTER TABLE "comparisons_rows" ADD COLUMN "note" varchar;
  ALTER TABLE "comparisons" ADD COLUMN "title" varchar;
  ALTER TABLE "comparisons" ADD COLUMN "slug" varchar;
  ALTER TABLE "comparisons" ADD COLUMN "intro" varchar;
  ALTER TABLE "comparisons" ADD COLUMN "verdict" varchar;
  ALTER TABLE "comparisons" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "comparisons" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "comparisons" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "comparisons" ADD COLUMN "_status" "enum_comparisons_status" DEFAULT 'draft';
  ALTER TABLE "_comparisons_v_version_rows" ADD COLUMN "feature" varchar;
  ALTER TABLE "_comparisons_v_version_rows" ADD COLUMN "a" varchar;
  ALTER TABLE "_comparisons_v_version_rows" ADD COLUMN "b" varchar;
  ALTER TABLE "_comparisons_v_version_rows" ADD COLUMN "note" varchar;
  ALTER TABLE "_comparisons_v" ADD COLUMN "version_title" varchar;
  ALTER TABLE "_comparisons_v" ADD COLUMN "version_slug" varchar;
  ALTER TABLE "_comparisons_v" ADD COLUMN "version_intro" varchar;
  ALTER TABLE "_comparisons_v" ADD COLUMN "version_verdict" varchar;
  ALTER TABLE "_comparisons_v" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_comparisons_v" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_comparisons_v" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "_comparisons_v" ADD COLUMN "version__status" "enum__comparisons_v_version_status" DEFAULT 'draft';
  ALTER TABLE "tags" ADD COLUMN "name" varchar;
  ALTER TABLE "tags" ADD COLUMN "slug" varchar;
  ALTER TABLE "tags" ADD COLUMN "description" varchar;
  ALTER TABLE "authors" ADD COLUMN "role" varchar;
  ALTER TABLE "authors" ADD COLUMN "city" varchar;
  ALTER TABLE "authors" ADD COLUMN "bio" varchar;
  ALTER TABLE "site_settings_navigation" ADD COLUMN "label" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "tagline" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "intro" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "cta_heading" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "cta_text" varchar;
  ALTER TABLE "site_settings" ADD COLUMN "cta_button_label" varchar;
  -- The English of every document goes back into its columns; other languages are dropped.
  UPDATE "articles" t SET "title" = l."title", "slug" = l."slug", "description" = l."description", "body" = l."body", "reading_time" = l."reading_time", "meta_title" = l."meta_title", "meta_description" = l."meta_description", "meta_image_id" = l."meta_image_id", "_status" = l."_status" FROM "articles_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  UPDATE "_articles_v" t SET "version_title" = l."version_title", "version_slug" = l."version_slug", "version_description" = l."version_description", "version_body" = l."version_body", "version_reading_time" = l."version_reading_time", "version_meta_title" = l."version_meta_title", "version_meta_description" = l."version_meta_description", "version_meta_image_id" = l."version_meta_image_id", "version__status" = l."version__status" FROM "_articles_v_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  UPDATE "comparisons" t SET "title" = l."title", "slug" = l."slug", "intro" = l."intro", "verdict" = l."verdict", "meta_title" = l."meta_title", "meta_description" = l."meta_description", "meta_image_id" = l."meta_image_id", "_status" = l."_status" FROM "comparisons_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  UPDATE "_comparisons_v" t SET "version_title" = l."version_title", "version_slug" = l."version_slug", "version_intro" = l."version_intro", "version_verdict" = l."version_verdict", "version_meta_title" = l."version_meta_title", "version_meta_description" = l."version_meta_description", "version_meta_image_id" = l."version_meta_image_id", "version__status" = l."version__status" FROM "_comparisons_v_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  UPDATE "comparisons_rows" t SET "feature" = l."feature", "a" = l."a", "b" = l."b", "note" = l."note" FROM "comparisons_rows_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  UPDATE "_comparisons_v_version_rows" t SET "feature" = l."feature", "a" = l."a", "b" = l."b", "note" = l."note" FROM "_comparisons_v_version_rows_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  UPDATE "tags" t SET "name" = l."name", "slug" = l."slug", "description" = l."description" FROM "tags_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  UPDATE "authors" t SET "role" = l."role", "city" = l."city", "bio" = l."bio" FROM "authors_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  UPDATE "site_settings_navigation" t SET "label" = l."label" FROM "site_settings_navigation_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  UPDATE "site_settings" t SET "tagline" = l."tagline", "intro" = l."intro", "cta_heading" = l."cta_heading", "cta_text" = l."cta_text", "cta_button_label" = l."cta_button_label" FROM "site_settings_locales" l WHERE l."_parent_id" = t."id" AND l."_locale" = 'en';
  ALTER TABLE "tags" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "tags" ALTER COLUMN "slug" SET NOT NULL;
  ALTER TABLE "authors" ALTER COLUMN "role" SET NOT NULL;
  ALTER TABLE "site_settings_navigation" ALTER COLUMN "label" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "cta_heading" SET NOT NULL;
  ALTER TABLE "site_settings" ALTER COLUMN "cta_button_label" SET NOT NULL;
   ALTER TABLE "articles_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comparisons_rows_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "comparisons_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_comparisons_v_version_rows_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_comparisons_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tags_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "authors_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_navigation_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_locales" CASCADE;
  DROP TABLE "_articles_v_locales" CASCADE;
  DROP TABLE "comparisons_rows_locales" CASCADE;
  DROP TABLE "comparisons_locales" CASCADE;
  DROP TABLE "_comparisons_v_version_rows_locales" CASCADE;
  DROP TABLE "_comparisons_v_locales" CASCADE;
  DROP TABLE "tags_locales" CASCADE;
  DROP TABLE "authors_locales" CASCADE;
  DROP TABLE "site_settings_navigation_locales" CASCADE;
  DROP TABLE "site_settings_locales" CASCADE;
  DROP INDEX "_articles_v_snapshot_idx";
  DROP INDEX "_articles_v_published_locale_idx";
  DROP INDEX "_comparisons_v_snapshot_idx";
  DROP INDEX "_comparisons_v_published_locale_idx";
  ALTER TABLE "articles" ADD CONSTRAINT "articles_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "comparisons" ADD CONSTRAINT "comparisons_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_comparisons_v" ADD CONSTRAINT "_comparisons_v_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "articles_slug_idx" ON "articles" USING btree ("slug");
  CREATE INDEX "articles_meta_meta_image_idx" ON "articles" USING btree ("meta_image_id");
  CREATE INDEX "articles__status_idx" ON "articles" USING btree ("_status");
  CREATE INDEX "_articles_v_version_version_slug_idx" ON "_articles_v" USING btree ("version_slug");
  CREATE INDEX "_articles_v_version_meta_version_meta_image_idx" ON "_articles_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_articles_v_version_version__status_idx" ON "_articles_v" USING btree ("version__status");
  CREATE UNIQUE INDEX "comparisons_slug_idx" ON "comparisons" USING btree ("slug");
  CREATE INDEX "comparisons_meta_meta_image_idx" ON "comparisons" USING btree ("meta_image_id");
  CREATE INDEX "comparisons__status_idx" ON "comparisons" USING btree ("_status");
  CREATE INDEX "_comparisons_v_version_version_slug_idx" ON "_comparisons_v" USING btree ("version_slug");
  CREATE INDEX "_comparisons_v_version_meta_version_meta_image_idx" ON "_comparisons_v" USING btree ("version_meta_image_id");
  CREATE INDEX "_comparisons_v_version_version__status_idx" ON "_comparisons_v" USING btree ("version__status");
  CREATE UNIQUE INDEX "tags_slug_idx" ON "tags" USING btree ("slug");
  ALTER TABLE "_articles_v" DROP COLUMN "snapshot";
  ALTER TABLE "_articles_v" DROP COLUMN "published_locale";
  ALTER TABLE "_comparisons_v" DROP COLUMN "snapshot";
  ALTER TABLE "_comparisons_v" DROP COLUMN "published_locale";
  ALTER TABLE "exports" DROP COLUMN "locale";
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum__articles_v_published_locale";
  DROP TYPE "public"."enum__comparisons_v_published_locale";
  DROP TYPE "public"."enum_exports_locale";`)
}
