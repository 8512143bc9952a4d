import { and, inArray, eq } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { notifications, type NotificationKind } from "@/lib/db/schema/review";

export interface NotificationEvent {
  kind: NotificationKind;
  actorId: string | null;
  text: string;
  sectionId?: string | null;
  revisionId?: string | null;
  threadId?: string | null;
}

/** One notification per recipient for one event (never the actor themself); call inside the event's transaction. */
export async function notify(tx: Executor, recipients: Iterable<string | null | undefined>, event: NotificationEvent): Promise<void> {
  const to = [...new Set([...recipients].filter((id): id is string => !!id && id !== event.actorId))];
  if (to.length === 0) return;
  await tx.insert(notifications).values(
    to.map((userId) => ({ userId, kind: event.kind, actorId: event.actorId, text: event.text, sectionId: event.sectionId ?? null, revisionId: event.revisionId ?? null, threadId: event.threadId ?? null })),
  );
}

/** Active editors and admins: who hears of a new submission. */
export async function editorIds(tx: Executor): Promise<string[]> {
  const rows = await tx.select({ id: users.id }).from(users).where(and(inArray(users.role, ["editor", "admin"]), eq(users.disabled, false)));
  return rows.map((r) => r.id);
}
