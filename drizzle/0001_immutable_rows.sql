CREATE OR REPLACE FUNCTION folio_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'rows of % are immutable: % refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER revisions_immutable BEFORE UPDATE OR DELETE ON revisions
  FOR EACH ROW EXECUTE FUNCTION folio_refuse_change();
--> statement-breakpoint
CREATE TRIGGER revisions_no_truncate BEFORE TRUNCATE ON revisions
  FOR EACH STATEMENT EXECUTE FUNCTION folio_refuse_change();
--> statement-breakpoint
CREATE TRIGGER profile_versions_immutable BEFORE UPDATE OR DELETE ON profile_versions
  FOR EACH ROW EXECUTE FUNCTION folio_refuse_change();
--> statement-breakpoint
CREATE TRIGGER profile_versions_no_truncate BEFORE TRUNCATE ON profile_versions
  FOR EACH STATEMENT EXECUTE FUNCTION folio_refuse_change();
