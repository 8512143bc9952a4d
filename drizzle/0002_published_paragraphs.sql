CREATE TABLE "published_paragraphs" (
	"version_id" uuid NOT NULL,
	"profile_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"section_id" uuid NOT NULL,
	"section_title" text NOT NULL,
	"anchor" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "published_paragraphs_version_id_position_pk" PRIMARY KEY("version_id","position")
);
--> statement-breakpoint
ALTER TABLE "published_paragraphs" ADD CONSTRAINT "published_paragraphs_version_id_profile_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."profile_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_paragraphs" ADD CONSTRAINT "published_paragraphs_profile_id_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."profiles"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "published_paragraphs_profile_idx" ON "published_paragraphs" USING btree ("profile_id");