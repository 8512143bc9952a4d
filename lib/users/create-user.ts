import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { authorize, type Actor } from "@/lib/auth/policies";
import { createUserSchema } from "@/lib/auth/schemas";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";

/** Creates a user with a password (admins only). @throws AppError (bad input, email taken), ForbiddenError */
export async function createUser({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "users.manage");
  const data = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, data.email)).limit(1);
    if (taken) throw new AppError("conflict:user", `A user with email ${data.email} already exists.`, { field: "email" });
    const [row] = await tx
      .insert(users)
      .values({ email: data.email, name: data.name, role: data.role, passwordHash })
      .returning({ id: users.id, email: users.email, name: users.name, role: users.role });
    await recordEvent(tx, { actorId: actor.id, type: "user.create", subjectType: "user", subjectId: row!.id, data: { email: data.email, role: data.role } });
    return row!;
  });
}
