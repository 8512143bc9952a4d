import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { withHashSlot } from "@/lib/auth/hash-slots";
import { hashPassword } from "@/lib/auth/password";
import { authorize, type Actor } from "@/lib/auth/policies";
import { resetPasswordSchema } from "@/lib/auth/schemas";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";

/** 18 random bytes as base64url: 24 characters, well over the 10-character minimum. */
function temporaryPassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Gives a user a temporary password (returned once, stored only hashed) that they must change at their
 * next sign-in, and ends every session they have (admins only; not for oneself).
 * @throws AppError (bad input, unknown user, own account), ForbiddenError
 */
export async function resetPassword({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "users.manage");
  const { userId } = parseInput(resetPasswordSchema, input);
  if (userId === actor.id) throw new AppError("bad_request:user", "Change your own password on your account page.", { field: "userId" });
  const password = temporaryPassword();
  const passwordHash = await withHashSlot(() => hashPassword(password));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, updatedAt: new Date() })
      .where(eq(users.id, userId))
      .returning({ id: users.id, email: users.email });
    if (!row) throw new AppError("not_found:user", "That user no longer exists.", { field: "userId" });
    await revokeAllSessions(tx, userId);
    await recordEvent(tx, { actorId: actor.id, type: "user.password_reset", subjectType: "user", subjectId: userId });
    return { email: row.email, temporaryPassword: password };
  });
}
