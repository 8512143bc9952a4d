import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { settings } from "@/lib/db/schema/auth";

/** The session-signing secret: NEXTAUTH_SECRET when set, else one generated once and kept in the database. */
export async function ensureAuthSecret(db: Database, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const fresh = randomBytes(32).toString("base64url");
  await db.insert(settings).values({ key: "auth.secret", value: fresh }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "auth.secret"));
  return row!.value;
}
