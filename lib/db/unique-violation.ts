/** True when the error (or any error in its `cause` chain, as drizzle wraps driver errors) is a PostgreSQL unique violation. */
export function isUniqueViolation(e: unknown): boolean {
  for (let c: unknown = e; c && typeof c === "object"; c = (c as { cause?: unknown }).cause) if ((c as { code?: unknown }).code === "23505") return true;
  return false;
}
