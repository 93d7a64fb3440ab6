import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_bookings_status" AS ENUM('confirmed', 'cancelled');
  CREATE TYPE "public"."enum_bookings_language" AS ENUM('en', 'es', 'ru');
  CREATE TYPE "public"."enum_availability_weekly_hours_weekday" AS ENUM('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun');
  ALTER TYPE "public"."enum_leads_status" ADD VALUE 'call-booked' BEFORE 'contacted';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendBookingEmails' BEFORE 'reportPublishProblem';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendBookingEmails' BEFORE 'reportPublishProblem';
  CREATE TABLE "bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"status" "enum_bookings_status" DEFAULT 'confirmed' NOT NULL,
  	"lead_id" integer NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"hold_until" timestamp(3) with time zone NOT NULL,
  	"topic" varchar,
  	"time_zone" varchar NOT NULL,
  	"language" "enum_bookings_language" DEFAULT 'en' NOT NULL,
  	"uid" varchar NOT NULL,
  	"sequence" numeric DEFAULT 0 NOT NULL,
  	"cancelled_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "availability_weekly_hours" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"weekday" "enum_availability_weekly_hours_weekday" NOT NULL,
  	"from" varchar NOT NULL,
  	"to" varchar NOT NULL
  );
  
  CREATE TABLE "availability_blocked_dates" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"note" varchar
  );
  
  CREATE TABLE "availability" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"time_zone" varchar DEFAULT 'Europe/Madrid' NOT NULL,
  	"call_minutes" numeric DEFAULT 30 NOT NULL,
  	"buffer_minutes" numeric DEFAULT 15 NOT NULL,
  	"minimum_notice_hours" numeric DEFAULT 24 NOT NULL,
  	"booking_window_days" numeric DEFAULT 21 NOT NULL,
  	"meeting_link" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "bookings_id" integer;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_lead_id_leads_id_fk" FOREIGN KEY ("lead_id") REFERENCES "public"."leads"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "availability_weekly_hours" ADD CONSTRAINT "availability_weekly_hours_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."availability"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "availability_blocked_dates" ADD CONSTRAINT "availability_blocked_dates_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."availability"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "bookings_status_idx" ON "bookings" USING btree ("status");
  CREATE INDEX "bookings_lead_idx" ON "bookings" USING btree ("lead_id");
  CREATE INDEX "bookings_starts_at_idx" ON "bookings" USING btree ("starts_at");
  CREATE UNIQUE INDEX "bookings_uid_idx" ON "bookings" USING btree ("uid");
  CREATE INDEX "bookings_updated_at_idx" ON "bookings" USING btree ("updated_at");
  CREATE INDEX "bookings_created_at_idx" ON "bookings" USING btree ("created_at");
  CREATE INDEX "availability_weekly_hours_order_idx" ON "availability_weekly_hours" USING btree ("_order");
  CREATE INDEX "availability_weekly_hours_parent_id_idx" ON "availability_weekly_hours" USING btree ("_parent_id");
  CREATE INDEX "availability_blocked_dates_order_idx" ON "availability_blocked_dates" USING btree ("_order");
  CREATE INDEX "availability_blocked_dates_parent_id_idx" ON "availability_blocked_dates" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bookings_fk" FOREIGN KEY ("bookings_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("bookings_id");`)

  // No double booking, ever: two confirmed calls (each with the buffer after it) never overlap.
  // Two visitors racing for one slot: the second insert waits for the first to commit, then fails.
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS btree_gist;
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap"
    EXCLUDE USING gist (tstzrange("starts_at", "hold_until", '[)') WITH &&)
    WHERE ("status" = 'confirmed');
  ALTER TABLE "bookings" ADD CONSTRAINT "bookings_times_ordered"
    CHECK ("starts_at" < "ends_at" AND "ends_at" <= "hold_until");`)
  // Each email of a booking, once per revision and recipient (src/booking/emails.ts).
  await db.execute(sql`
  CREATE TABLE "booking_messages" (
    "booking_id" integer NOT NULL REFERENCES "bookings"("id") ON DELETE CASCADE,
    "event" varchar NOT NULL,
    "sequence" integer NOT NULL,
    "recipient" varchar NOT NULL,
    "state" varchar NOT NULL,
    "attempts" integer NOT NULL DEFAULT 0,
    "claimed_until" timestamp(3) with time zone,
    "sent_at" timestamp(3) with time zone,
    "last_error" varchar,
    PRIMARY KEY ("booking_id", "event", "sequence", "recipient")
  );`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "booking_messages";`)
  await db.execute(sql`
   ALTER TABLE "bookings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "availability_weekly_hours" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "availability_blocked_dates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "availability" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "bookings" CASCADE;
  DROP TABLE "availability_weekly_hours" CASCADE;
  DROP TABLE "availability_blocked_dates" CASCADE;
  DROP TABLE "availability" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_bookings_fk";
  
  ALTER TABLE "leads" ALTER COLUMN "status" SET DATA TYPE text;
  ALTER TABLE "leads" ALTER COLUMN "status" SET DEFAULT 'new'::text;
  DROP TYPE "public"."enum_leads_status";
  CREATE TYPE "public"."enum_leads_status" AS ENUM('new', 'contacted', 'qualified', 'won', 'lost', 'spam');
  ALTER TABLE "leads" ALTER COLUMN "status" SET DEFAULT 'new'::"public"."enum_leads_status";
  ALTER TABLE "leads" ALTER COLUMN "status" SET DATA TYPE "public"."enum_leads_status" USING "status"::"public"."enum_leads_status";
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendLeadEmails', 'reportPublishProblem', 'createCollectionExport', 'createCollectionImport', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendLeadEmails', 'reportPublishProblem', 'createCollectionExport', 'createCollectionImport', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_bookings_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "bookings_id";
  DROP TYPE "public"."enum_bookings_status";
  DROP TYPE "public"."enum_bookings_language";
  DROP TYPE "public"."enum_availability_weekly_hours_weekday";`)
}
