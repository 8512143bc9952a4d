import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { notifications } from "@/lib/db/schema/review";

/** How many of the actor's notifications are unread. */
export async function unreadCount({ actor, db }: { actor: Actor; db: Executor }): Promise<number> {
  authorize(actor, "profile.readDraft");
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** The actor's latest notifications, newest first. */
export async function listNotifications({ actor, db, limit = 100 }: { actor: Actor; db: Executor; limit?: number }) {
  authorize(actor, "profile.readDraft");
  return db
    .select({ id: notifications.id, kind: notifications.kind, text: notifications.text, createdAt: notifications.createdAt, readAt: notifications.readAt, revisionId: notifications.revisionId, sectionId: notifications.sectionId, actorName: users.name })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}

/** Marks all of the actor's notifications read. */
export async function markNotificationsRead({ actor, db }: { actor: Actor; db: Executor }): Promise<void> {
  authorize(actor, "profile.readDraft");
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
}
