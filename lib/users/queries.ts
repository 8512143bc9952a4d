import { asc } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";

/** Every user for the admin page (no password hashes). @throws ForbiddenError */
export async function listUsers({ actor, db }: { actor: Actor; db: Executor }) {
  authorize(actor, "users.manage");
  return db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, mustChangePassword: users.mustChangePassword, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.email));
}
