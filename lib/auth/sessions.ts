import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { users, userSessions } from "@/lib/db/schema/auth";
import type { Role } from "@/lib/db/schema/auth";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionId: string;
}

export async function createSession(db: Executor, userId: string): Promise<string> {
  const [row] = await db.insert(userSessions).values({ userId }).returning({ id: userSessions.id });
  return row!.id;
}

export async function revokeSession(db: Executor, sessionId: string): Promise<void> {
  await db.update(userSessions).set({ revokedAt: new Date() }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

export async function revokeAllSessions(db: Executor, userId: string): Promise<void> {
  await db.update(userSessions).set({ revokedAt: new Date() }).where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
}

/** The live user behind a session id, or null when the session was revoked or the user disabled. */
export async function loadSessionUser(db: Executor, sessionId: string): Promise<SessionUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled, revokedAt: userSessions.revokedAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(eq(userSessions.id, sessionId))
    .limit(1);
  if (!row || row.revokedAt || row.disabled) return null;
  return { id: row.id, email: row.email, name: row.name, role: row.role, sessionId };
}
