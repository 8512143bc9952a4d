import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { profiles, sections } from "@/lib/db/schema/profiles";
import { commentThreads, notifications, revisions } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { describeNotification } from "./describe-notification";

/** How many of the actor's notifications are unread. */
export async function unreadCount({ actor, db }: { actor: Actor; db: Executor }): Promise<number> {
  authorize(actor, "profile.readDraft");
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(notifications).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

export interface NotificationView {
  id: string;
  kind: string;
  /** What happened, naming who did it ("Ana submitted revision 3 for review"). */
  text: string;
  /** The profile and section ("Japan › Digital ID Overview"). */
  where: string;
  /** The exact place: the revision's review page or the thread. */
  href: string | null;
  createdAt: Date;
  readAt: Date | null;
}

const actors = alias(users, "actors");
const threadRevisions = alias(revisions, "thread_revisions");

/** The actor's latest notifications, newest first, each naming its profile and section and linking to its place. */
export async function listNotifications({ actor, db, limit = 100 }: { actor: Actor; db: Executor; limit?: number }): Promise<NotificationView[]> {
  authorize(actor, "profile.readDraft");
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      storedText: notifications.text,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
      actorName: actors.name,
      sectionId: notifications.sectionId,
      sectionTitle: sections.title,
      countryCode: profiles.countryCode,
      revisionId: notifications.revisionId,
      revisionNumber: revisions.number,
      threadId: notifications.threadId,
      threadRevisionId: threadRevisions.id,
      quote: commentThreads.quote,
    })
    .from(notifications)
    .leftJoin(actors, eq(actors.id, notifications.actorId))
    .leftJoin(sections, eq(sections.id, notifications.sectionId))
    .leftJoin(profiles, eq(profiles.id, sections.profileId))
    .leftJoin(revisions, eq(revisions.id, notifications.revisionId))
    .leftJoin(commentThreads, eq(commentThreads.id, notifications.threadId))
    .leftJoin(threadRevisions, eq(threadRevisions.id, commentThreads.revisionId))
    .where(eq(notifications.userId, actor.id))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
  return rows.map((r) => ({ id: r.id, kind: r.kind, createdAt: r.createdAt, readAt: r.readAt, ...describeNotification(r) }));
}

/** Marks all of the actor's notifications read. */
export async function markNotificationsRead({ actor, db }: { actor: Actor; db: Executor }): Promise<void> {
  authorize(actor, "profile.readDraft");
  await db.update(notifications).set({ readAt: new Date() }).where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)));
}

const markOneSchema = z.object({ id: z.uuid({ error: "id must be a notification id." }) });

/**
 * Marks one of the actor's notifications read (again is fine).
 * @throws AppError bad_request naming `id`, not_found when it is not one of the actor's
 */
export async function markNotificationRead({ actor, db, input }: { actor: Actor; db: Executor; input: unknown }): Promise<{ id: string }> {
  authorize(actor, "profile.readDraft");
  const { id } = parseInput(markOneSchema, input);
  const [row] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.userId, actor.id)))
    .returning({ id: notifications.id });
  if (!row) throw new AppError("not_found:notification", "That notification does not exist.", { field: "id" });
  return row;
}
