import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_leads_status" AS ENUM('new', 'contacted', 'qualified', 'won', 'lost', 'spam');
  CREATE TYPE "public"."enum_leads_project_type" AS ENUM('new-product', 'existing-system', 'consultation', 'other');
  CREATE TYPE "public"."enum_leads_budget" AS ENUM('under-5k', '5k-15k', '15k-50k', 'over-50k', 'not-sure');
  CREATE TYPE "public"."enum_leads_preferred_contact" AS ENUM('email', 'telegram');
  CREATE TYPE "public"."enum_leads_owner_email_state" AS ENUM('pending', 'sent', 'failed', 'skipped');
  CREATE TYPE "public"."enum_leads_confirmation_email_state" AS ENUM('pending', 'sent', 'failed', 'skipped');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendLeadEmails' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendLeadEmails' BEFORE 'schedulePublish';
  CREATE TABLE "leads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"status" "enum_leads_status" DEFAULT 'new' NOT NULL,
  	"notes" varchar,
  	"company" varchar,
  	"project_type" "enum_leads_project_type" NOT NULL,
  	"budget" "enum_leads_budget",
  	"message" varchar NOT NULL,
  	"preferred_contact" "enum_leads_preferred_contact" NOT NULL,
  	"telegram" varchar,
  	"source_page" varchar,
  	"utm_source" varchar,
  	"utm_medium" varchar,
  	"utm_campaign" varchar,
  	"utm_term" varchar,
  	"utm_content" varchar,
  	"owner_email_state" "enum_leads_owner_email_state" DEFAULT 'pending',
  	"owner_email_attempts" numeric DEFAULT 0,
  	"owner_email_last_error" varchar,
  	"owner_email_sent_at" timestamp(3) with time zone,
  	"confirmation_email_state" "enum_leads_confirmation_email_state" DEFAULT 'pending',
  	"confirmation_email_attempts" numeric DEFAULT 0,
  	"confirmation_email_last_error" varchar,
  	"confirmation_email_sent_at" timestamp(3) with time zone,
  	"consent_at" timestamp(3) with time zone NOT NULL,
  	"ip_hash" varchar,
  	"user_agent" varchar,
  	"idempotency_key" varchar,
  	"spam_reason" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "leads_id" integer;
  CREATE INDEX "leads_email_idx" ON "leads" USING btree ("email");
  CREATE INDEX "leads_status_idx" ON "leads" USING btree ("status");
  CREATE INDEX "leads_source_page_idx" ON "leads" USING btree ("source_page");
  CREATE INDEX "leads_ip_hash_idx" ON "leads" USING btree ("ip_hash");
  CREATE UNIQUE INDEX "leads_idempotency_key_idx" ON "leads" USING btree ("idempotency_key");
  CREATE INDEX "leads_updated_at_idx" ON "leads" USING btree ("updated_at");
  CREATE INDEX "leads_created_at_idx" ON "leads" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_leads_id_idx" ON "payload_locked_documents_rels" USING btree ("leads_id");`)
  // The contact form's rate limit (rate-limiter-flexible's PostgreSQL store, src/leads/spam.ts).
  await db.execute(sql`
   CREATE TABLE IF NOT EXISTS "rate_limits" (
  	"key" varchar(255) PRIMARY KEY,
  	"points" integer NOT NULL DEFAULT 0,
  	"expire" bigint
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "leads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "leads" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_leads_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_leads_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "leads_id";
  DROP TYPE "public"."enum_leads_status";
  DROP TYPE "public"."enum_leads_project_type";
  DROP TYPE "public"."enum_leads_budget";
  DROP TYPE "public"."enum_leads_preferred_contact";
  DROP TYPE "public"."enum_leads_owner_email_state";
  DROP TYPE "public"."enum_leads_confirmation_email_state";`)
  await db.execute(sql`DROP TABLE IF EXISTS "rate_limits";`)
}
