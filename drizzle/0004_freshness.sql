CREATE TABLE "link_check_items" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"run_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"url" text NOT NULL,
	"host" text NOT NULL,
	"done" boolean DEFAULT false NOT NULL,
	"outcome" text,
	"checked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "link_check_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state" text DEFAULT 'queued' NOT NULL,
	"force" boolean DEFAULT false NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"current_host" text,
	"requested_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"lease_owner" text,
	"lease_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "link_checks" (
	"source_id" uuid PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"status" text DEFAULT 'unchecked' NOT NULL,
	"http_status" integer,
	"reason" text,
	"final_url" text,
	"failure_count" integer DEFAULT 0 NOT NULL,
	"last_failure_at" timestamp with time zone,
	"checked_at" timestamp with time zone,
	"archive_looked_up_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "source_archives" (
	"source_id" uuid PRIMARY KEY NOT NULL,
	"archive_url" text NOT NULL,
	"origin" text NOT NULL,
	"set_by" uuid,
	"set_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reverifications" ADD COLUMN "result" text DEFAULT 'supports' NOT NULL;--> statement-breakpoint
ALTER TABLE "reverifications" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "reverifications" ADD COLUMN "archive_url" text;--> statement-breakpoint
ALTER TABLE "reverifications" ADD COLUMN "previous_source_id" uuid;--> statement-breakpoint
ALTER TABLE "reverifications" ADD COLUMN "replacement_source_id" uuid;--> statement-breakpoint
ALTER TABLE "link_check_items" ADD CONSTRAINT "link_check_items_run_id_link_check_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."link_check_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_check_items" ADD CONSTRAINT "link_check_items_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_check_runs" ADD CONSTRAINT "link_check_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "link_checks" ADD CONSTRAINT "link_checks_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_archives" ADD CONSTRAINT "source_archives_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_archives" ADD CONSTRAINT "source_archives_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "link_check_items_run_idx" ON "link_check_items" USING btree ("run_id","done");--> statement-breakpoint
ALTER TABLE "reverifications" ADD CONSTRAINT "reverifications_previous_source_id_sources_id_fk" FOREIGN KEY ("previous_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reverifications" ADD CONSTRAINT "reverifications_replacement_source_id_sources_id_fk" FOREIGN KEY ("replacement_source_id") REFERENCES "public"."sources"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reverifications_citation_source_idx" ON "reverifications" USING btree ("citation_source_id","at");