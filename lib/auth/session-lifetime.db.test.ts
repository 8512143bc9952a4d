import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { userSessions } from "@/lib/db/schema/auth";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { createSession, LAST_SEEN_EVERY_MS, loadSessionUser, purgeSessions, revokeSession, SESSION_IDLE_MS, SESSION_LIFETIME_MS } from "./sessions";

const db = testDatabaseForFile();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);
const lastSeen = async (sid: string) => (await db().select().from(userSessions).where(eq(userSessions.id, sid)))[0]?.lastSeenAt;

describe(`session lifetime (${process.env.FOLIO_TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("uses 30 days absolute and 7 days idle", () => {
    expect(SESSION_LIFETIME_MS).toBe(30 * DAY);
    expect(SESSION_IDLE_MS).toBe(7 * DAY);
    expect(LAST_SEEN_EVERY_MS).toBe(HOUR);
  });

  it("ends a session idle for 7 days, and keeps one used every few days", async () => {
    const u = await buildUser(db());
    const start = new Date("2026-01-01T00:00:00Z");
    const idle = await createSession(db(), u.id, start);
    const busy = await createSession(db(), u.id, start);
    for (let d = 3; d <= 27; d += 3) expect(await loadSessionUser(db(), busy, at(start, d * DAY))).toMatchObject({ id: u.id });
    expect(await loadSessionUser(db(), idle, at(start, 7 * DAY - 1000))).toMatchObject({ id: u.id });
    expect(await loadSessionUser(db(), idle, at(start, 14 * DAY))).toBeNull();
  });

  it("ends every session 30 days after sign-in, however active", async () => {
    const u = await buildUser(db());
    const start = new Date("2026-02-01T00:00:00Z");
    const sid = await createSession(db(), u.id, start);
    for (let d = 5; d < 30; d += 5) expect(await loadSessionUser(db(), sid, at(start, d * DAY))).toMatchObject({ id: u.id });
    expect(await loadSessionUser(db(), sid, at(start, 30 * DAY - 2 * HOUR))).toMatchObject({ id: u.id });
    expect(await loadSessionUser(db(), sid, at(start, 30 * DAY))).toBeNull();
  });

  it("writes last-seen at most once an hour", async () => {
    const u = await buildUser(db());
    const start = new Date("2026-03-01T00:00:00Z");
    const sid = await createSession(db(), u.id, start);
    await loadSessionUser(db(), sid, at(start, 30 * 60 * 1000));
    expect(await lastSeen(sid)).toEqual(start);
    await loadSessionUser(db(), sid, at(start, HOUR + 1000));
    expect(await lastSeen(sid)).toEqual(at(start, HOUR + 1000));
    await loadSessionUser(db(), sid, at(start, HOUR + 5000));
    expect(await lastSeen(sid)).toEqual(at(start, HOUR + 1000));
  });

  it("purges revoked, expired and idle sessions and keeps live ones", async () => {
    const u = await buildUser(db());
    const now = new Date("2026-06-01T00:00:00Z");
    const live = await createSession(db(), u.id, at(now, -DAY));
    const revoked = await createSession(db(), u.id, at(now, -DAY));
    await revokeSession(db(), revoked);
    const idle = await createSession(db(), u.id, at(now, -8 * DAY));
    const old = await createSession(db(), u.id, at(now, -31 * DAY));
    await db().update(userSessions).set({ lastSeenAt: at(now, -HOUR) }).where(eq(userSessions.id, old));
    await purgeSessions(db(), now);
    const left = (await db().select({ id: userSessions.id }).from(userSessions).where(eq(userSessions.userId, u.id))).map((r) => r.id);
    expect(left).toEqual([live]);
    expect(left).not.toContain(idle);
  });
});
