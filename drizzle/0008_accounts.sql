ALTER TABLE "user_sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- There is always at least one active admin. Changes that take an active admin away are serialised on one
-- advisory lock, and the check runs after it (a fresh snapshot under READ COMMITTED), so two admins
-- demoting or disabling each other at once cannot both land.
CREATE OR REPLACE FUNCTION folio_keep_an_active_admin() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.role = 'admin' AND NOT OLD.disabled AND (TG_OP = 'DELETE' OR NEW.role <> 'admin' OR NEW.disabled) THEN
    PERFORM pg_advisory_xact_lock(hashtext('folio:active-admins'));
    IF NOT EXISTS (SELECT 1 FROM users WHERE role = 'admin' AND NOT disabled) THEN
      RAISE EXCEPTION 'at least one active admin must remain'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'users_keep_an_active_admin';
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER users_keep_an_active_admin AFTER UPDATE OF role, disabled OR DELETE ON users
  FOR EACH ROW EXECUTE FUNCTION folio_keep_an_active_admin();
