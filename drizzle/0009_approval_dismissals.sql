CREATE TABLE "approval_dismissals" (
	"review_id" uuid PRIMARY KEY NOT NULL,
	"by_revision_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "approval_dismissals" ADD CONSTRAINT "approval_dismissals_review_id_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_dismissals" ADD CONSTRAINT "approval_dismissals_by_revision_id_revisions_id_fk" FOREIGN KEY ("by_revision_id") REFERENCES "public"."revisions"("id") ON DELETE cascade ON UPDATE no action;