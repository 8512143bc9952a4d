ALTER TABLE "sections" ADD COLUMN "citation_order" text[];--> statement-breakpoint
-- Backfill from the derived JSON (document order: `.**` walks arrays in order); the collaboration server keeps it current from then on.
UPDATE "sections" SET "citation_order" = coalesce(array(select x #>> '{}' from jsonb_path_query("content_json", 'strict $.** ? (@.type == "citation" && @.attrs.citationId.type() == "string").attrs.citationId') as x), '{}') WHERE "citation_order" IS NULL;
