import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { updateUserSchema, type UpdateUserInput } from "@/lib/auth/schemas";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { recordEvent } from "@/lib/events/record-event";
import type { Database, Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { lockUserChanges } from "./keep-an-active-admin";

/**
 * Changes a user's role or disables/re-enables them; disabling revokes every session at once. There is
 * always at least one active admin (a database trigger; two admins demoting each other at once: one lands).
 * @throws AppError (bad input, unknown user, admin locking themselves out), ForbiddenError (also when the actor lost admin meanwhile)
 */
export async function updateUser({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "users.manage");
  const data = parseInput(updateUserSchema, input);
  if (data.userId === actor.id && (data.disabled === true || (data.role && data.role !== "admin"))) {
    throw new AppError("bad_request:user", "You cannot disable yourself or remove your own admin role; ask another admin.", { field: data.role ? "role" : "disabled" });
  }
  return db.transaction((tx) => applyChange(tx, actor.id, data));
}

async function applyChange(tx: Executor, actorId: string, { userId, role, disabled }: UpdateUserInput) {
  await lockUserChanges(tx);
  // Re-checked under the lock: an admin demoted a moment ago by another admin may no longer act.
  const [me] = await tx.select({ role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, actorId)).limit(1);
  authorize(me ? { id: actorId, ...me } : null, "users.manage");
  const [before] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!before) throw new AppError("not_found:user", "That user no longer exists.", { field: "userId" });
  const changes: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
  if (role !== undefined) changes.role = role;
  if (disabled !== undefined) changes.disabled = disabled;
  await tx.update(users).set(changes).where(eq(users.id, userId));
  if (disabled === true) await revokeAllSessions(tx, userId);
  if (role !== undefined && role !== before.role) {
    await recordEvent(tx, { actorId, type: "user.role", subjectType: "user", subjectId: userId, data: { from: before.role, to: role } });
  }
  if (disabled !== undefined && disabled !== before.disabled) {
    await recordEvent(tx, { actorId, type: disabled ? "user.disable" : "user.enable", subjectType: "user", subjectId: userId });
  }
  return { id: userId, role: role ?? before.role, disabled: disabled ?? before.disabled };
}
