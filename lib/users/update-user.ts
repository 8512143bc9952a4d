import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { updateUserSchema } from "@/lib/auth/schemas";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { writeAudit } from "@/lib/audit/write-audit";
import type { Database } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";

/**
 * Changes a user's role or disables/re-enables them; disabling revokes every session at once.
 * @throws AppError (bad input, unknown user, admin locking themselves out), ForbiddenError
 */
export async function updateUser({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "users.manage");
  const { userId, role, disabled } = parseInput(updateUserSchema, input);
  if (userId === actor.id && (disabled === true || (role && role !== "admin"))) {
    throw new AppError("bad_request:user", "You cannot disable yourself or remove your own admin role; ask another admin.", { field: role ? "role" : "disabled" });
  }
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
    if (!before) throw new AppError("not_found:user", "That user no longer exists.", { field: "userId" });
    const changes: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
    if (role !== undefined) changes.role = role;
    if (disabled !== undefined) changes.disabled = disabled;
    await tx.update(users).set(changes).where(eq(users.id, userId));
    if (disabled === true) await revokeAllSessions(tx, userId);
    if (role !== undefined && role !== before.role) {
      await writeAudit(tx, { actorId: actor.id, action: "user.role", subjectType: "user", subjectId: userId, data: { from: before.role, to: role } });
    }
    if (disabled !== undefined && disabled !== before.disabled) {
      await writeAudit(tx, { actorId: actor.id, action: disabled ? "user.disable" : "user.enable", subjectType: "user", subjectId: userId });
    }
    return { id: userId, role: role ?? before.role, disabled: disabled ?? before.disabled };
  });
}
