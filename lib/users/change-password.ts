import { eq } from "drizzle-orm";
import { withHashSlot } from "@/lib/auth/hash-slots";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { authorize, type Actor } from "@/lib/auth/policies";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * Changes the actor's own password after checking the current one; clears a pending forced change and
 * ends the user's other sessions (this one, `sessionId`, stays signed in).
 * @throws AppError (bad input naming the field, wrong current password), ForbiddenError
 */
export async function changeOwnPassword({ actor, db, sessionId, input }: { actor: Actor; db: Database; sessionId: string; input: unknown }) {
  authorize(actor, "account.changePassword");
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const [user] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, actor.id)).limit(1);
  const ok = user?.passwordHash ? await withHashSlot(() => verifyPassword(user.passwordHash!, currentPassword)) : false;
  if (!ok) throw new AppError("bad_request:password", "The current password is incorrect.", { field: "currentPassword" });
  const passwordHash = await withHashSlot(() => hashPassword(newPassword));
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, mustChangePassword: false, updatedAt: new Date() }).where(eq(users.id, actor.id));
    await revokeAllSessions(tx, actor.id, sessionId);
    await recordEvent(tx, { actorId: actor.id, type: "user.password_change", subjectType: "user", subjectId: actor.id });
  });
}
