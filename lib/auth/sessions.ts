import { and, eq, isNull, isNotNull, lt, ne, or } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { users, userSessions } from "@/lib/db/schema/auth";
import type { Role } from "@/lib/db/schema/auth";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** A session ends this long after sign-in, however active. */
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** A session ends after this long without a request. */
export const SESSION_IDLE_MS = 7 * DAY_MS;
/** Last-seen is written at most this often (one small UPDATE per session per hour, not per request). */
export const LAST_SEEN_EVERY_MS = HOUR_MS;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
  /** After an admin's reset: the session is good only for choosing a new password. */
  mustChangePassword: boolean;
}

export async function createSession(db: Executor, userId: string, now = new Date()): Promise<string> {
  const [row] = await db.insert(userSessions).values({ userId, createdAt: now, lastSeenAt: now }).returning({ id: userSessions.id });
  return row!.id;
}

export async function revokeSession(db: Executor, sessionId: string): Promise<void> {
  await db.update(userSessions).set({ revokedAt: new Date() }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Revokes every session of the user, or every one but `except` (the caller's own after a password change). */
export async function revokeAllSessions(db: Executor, userId: string, except?: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), except ? ne(userSessions.id, except) : undefined));
}

/**
 * The live user behind a session id, or null when the session was revoked, is past its lifetime or idle
 * timeout, or the user is disabled. Refreshes last-seen when it is over an hour old.
 */
export async function loadSessionUser(db: Executor, sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      mustChangePassword: users.mustChangePassword,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      revokedAt: userSessions.revokedAt,
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, sessionId))
    .limit(1);
  if (!row || row.revokedAt || row.disabled) return null;
  const t = now.getTime();
  if (t - row.createdAt.getTime() >= SESSION_LIFETIME_MS || t - row.lastSeenAt.getTime() >= SESSION_IDLE_MS) return null;
  if (t - row.lastSeenAt.getTime() >= LAST_SEEN_EVERY_MS) {
    await db.update(userSessions).set({ lastSeenAt: now }).where(and(eq(userSessions.id, sessionId), lt(userSessions.lastSeenAt, now)));
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionId, mustChangePassword: row.mustChangePassword };
}

/** Deletes sessions that can never be used again: revoked, past their lifetime, or idle too long. */
export async function purgeSessions(db: Executor, now = new Date()): Promise<number> {
  const rows = await db
    .delete(userSessions)
    .where(
      or(
        isNotNull(userSessions.revokedAt),
        lt(userSessions.createdAt, new Date(now.getTime() - SESSION_LIFETIME_MS)),
        lt(userSessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
      ),
    )
    .returning({ id: userSessions.id });
  return rows.length;
}
