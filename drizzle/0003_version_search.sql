CREATE TRIGGER published_paragraphs_immutable BEFORE UPDATE OR DELETE ON published_paragraphs
  FOR EACH ROW EXECUTE FUNCTION folio_refuse_change();
--> statement-breakpoint
CREATE TRIGGER published_paragraphs_no_truncate BEFORE TRUNCATE ON published_paragraphs
  FOR EACH STATEMENT EXECUTE FUNCTION folio_refuse_change();
--> statement-breakpoint
CREATE INDEX published_paragraphs_search_idx ON published_paragraphs USING gin (to_tsvector('english', text));
