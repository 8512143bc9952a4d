import { PUBLISHED_CHANNEL } from "@/lib/versions/published-signal";
import { publicCache } from "./public-cache";

/**
 * With PostgreSQL and several instances: LISTENs for publishes made by any instance and forgets this
 * process's newest-version pages at once (also after a reconnect, when a notification may have been missed).
 * Returns a function that stops listening.
 */
export async function listenForPublishes(url: string): Promise<() => Promise<void>> {
  const { default: postgres } = await import("postgres");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  await sql.listen(
    PUBLISHED_CHANNEL,
    () => publicCache().invalidate(),
    () => publicCache().invalidate(),
  );
  return () => sql.end({ timeout: 2 });
}
