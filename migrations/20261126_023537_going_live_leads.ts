import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_leads_owner_email_state" ADD VALUE 'sending' BEFORE 'sent';
  ALTER TYPE "public"."enum_leads_owner_email_state" ADD VALUE 'duplicate';
  ALTER TYPE "public"."enum_leads_confirmation_email_state" ADD VALUE 'sending' BEFORE 'sent';
  ALTER TYPE "public"."enum_leads_confirmation_email_state" ADD VALUE 'duplicate';
  ALTER TABLE "leads" ADD COLUMN "attribution_notes" varchar;
  ALTER TABLE "leads" ADD COLUMN "owner_email_claimed_until" timestamp(3) with time zone;
  ALTER TABLE "leads" ADD COLUMN "confirmation_email_claimed_until" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leads" ALTER COLUMN "owner_email_state" SET DATA TYPE text;
  ALTER TABLE "leads" ALTER COLUMN "owner_email_state" SET DEFAULT 'pending'::text;
  DROP TYPE "public"."enum_leads_owner_email_state";
  CREATE TYPE "public"."enum_leads_owner_email_state" AS ENUM('pending', 'sent', 'failed', 'skipped');
  ALTER TABLE "leads" ALTER COLUMN "owner_email_state" SET DEFAULT 'pending'::"public"."enum_leads_owner_email_state";
  ALTER TABLE "leads" ALTER COLUMN "owner_email_state" SET DATA TYPE "public"."enum_leads_owner_email_state" USING "owner_email_state"::"public"."enum_leads_owner_email_state";
  ALTER TABLE "leads" ALTER COLUMN "confirmation_email_state" SET DATA TYPE text;
  ALTER TABLE "leads" ALTER COLUMN "confirmation_email_state" SET DEFAULT 'pending'::text;
  DROP TYPE "public"."enum_leads_confirmation_email_state";
  CREATE TYPE "public"."enum_leads_confirmation_email_state" AS ENUM('pending', 'sent', 'failed', 'skipped');
  ALTER TABLE "leads" ALTER COLUMN "confirmation_email_state" SET DEFAULT 'pending'::"public"."enum_leads_confirmation_email_state";
  ALTER TABLE "leads" ALTER COLUMN "confirmation_email_state" SET DATA TYPE "public"."enum_leads_confirmation_email_state" USING "confirmation_email_state"::"public"."enum_leads_confirmation_email_state";
  ALTER TABLE "leads" DROP COLUMN "attribution_notes";
  ALTER TABLE "leads" DROP COLUMN "owner_email_claimed_until";
  ALTER TABLE "leads" DROP COLUMN "confirmation_email_claimed_until";`)
}
