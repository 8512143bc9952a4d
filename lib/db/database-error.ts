import type { SerializedError } from "./pglite-worker-protocol";

/** A PostgreSQL error raised on the database thread, with the fields PostgreSQL set (code '23505', constraint, detail…). */
export class DatabaseError extends Error {
  override name = "DatabaseError";
  code?: string;
  detail?: string;
  hint?: string;
  severity?: string;
  schema?: string;
  table?: string;
  column?: string;
  dataType?: string;
  constraint?: string;
  where?: string;
  position?: string;
  routine?: string;

  constructor(error: SerializedError) {
    super(error.message);
    Object.assign(this, error.fields);
  }
}
