import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_leads_language" AS ENUM('en', 'es', 'ru');
  CREATE TYPE "public"."enum_site_settings_owner_language" AS ENUM('en', 'es', 'ru');
  ALTER TABLE "leads" ADD COLUMN "language" "enum_leads_language" DEFAULT 'en' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "owner_language" "enum_site_settings_owner_language" DEFAULT 'en' NOT NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leads" DROP COLUMN "language";
  ALTER TABLE "site_settings" DROP COLUMN "owner_language";
  DROP TYPE "public"."enum_leads_language";
  DROP TYPE "public"."enum_site_settings_owner_language";`)
}
