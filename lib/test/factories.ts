import { randomBytes } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policies";
import type { Database } from "@/lib/db/client";
import { users, type Role } from "@/lib/db/schema/auth";
import { insertProfile } from "@/lib/profiles/insert-profile";
import { seedDatabase } from "@/lib/seed/seed-database";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomBytes(2).toString("hex")}`;

export const TEST_PASSWORD = "correct horse battery";
let cachedHash: string | undefined;

/** Inserts a user (password TEST_PASSWORD) and returns the row plus its Actor. */
export async function buildUser(db: Database, overrides: Partial<typeof users.$inferInsert> & { role?: Role } = {}) {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const [row] = await db
    .insert(users)
    .values({ email: `user-${unique()}@example.org`, name: "Test User", role: "researcher", passwordHash: cachedHash, ...overrides })
    .returning();
  const actor: Actor = { id: row!.id, role: row!.role };
  return { ...row!, actor };
}

/** Ensures the default template exists, then inserts a profile with its sections. */
export async function buildProfile(db: Database, { countryCode = "KE", createdBy }: { countryCode?: string; createdBy?: string } = {}) {
  await seedDatabase({ db, mode: "none", log: () => {} });
  return db.transaction(async (tx) => {
    const { profile, sections } = await insertProfile(tx, { countryCode, createdBy });
    return { ...profile, sections };
  });
}
