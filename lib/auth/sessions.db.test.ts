import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "@/lib/db/client";
import { buildUser } from "@/lib/test/factories";
import { openTestDatabase } from "@/lib/test/test-database";
import { updateUser } from "@/lib/users/update-user";
import { createSession, loadSessionUser, revokeSession } from "./sessions";

let h: DatabaseHandle;
beforeAll(async () => {
  h = await openTestDatabase();
});
afterAll(async () => {
  await h.close();
});

describe("sessions", () => {
  it("sign-out revokes only that session", async () => {
    const u = await buildUser(h.db);
    const s1 = await createSession(h.db, u.id);
    const s2 = await createSession(h.db, u.id);
    await revokeSession(h.db, s1);
    expect(await loadSessionUser(h.db, s1)).toBeNull();
    expect(await loadSessionUser(h.db, s2)).toMatchObject({ id: u.id });
  });

  it("a role change shows on the very next load", async () => {
    const admin = await buildUser(h.db, { role: "admin" });
    const u = await buildUser(h.db, { role: "researcher" });
    const sid = await createSession(h.db, u.id);
    await updateUser({ actor: admin.actor, db: h.db, input: { userId: u.id, role: "viewer" } });
    expect(await loadSessionUser(h.db, sid)).toMatchObject({ role: "viewer" });
  });

  it("disabling a user ends every session, and re-enabling does not revive them", async () => {
    const admin = await buildUser(h.db, { role: "admin" });
    const u = await buildUser(h.db);
    const sid = await createSession(h.db, u.id);
    await updateUser({ actor: admin.actor, db: h.db, input: { userId: u.id, disabled: true } });
    expect(await loadSessionUser(h.db, sid)).toBeNull();
    await updateUser({ actor: admin.actor, db: h.db, input: { userId: u.id, disabled: false } });
    expect(await loadSessionUser(h.db, sid)).toBeNull();
  });

  it("only admins manage users, and an admin cannot lock themselves out", async () => {
    const editor = await buildUser(h.db, { role: "editor" });
    const admin = await buildUser(h.db, { role: "admin" });
    await expect(updateUser({ actor: editor.actor, db: h.db, input: { userId: admin.id, role: "viewer" } })).rejects.toThrow(/permission/);
    await expect(updateUser({ actor: admin.actor, db: h.db, input: { userId: admin.id, disabled: true } })).rejects.toThrow(/cannot disable yourself/);
    await expect(updateUser({ actor: admin.actor, db: h.db, input: { userId: "nope", role: "viewer" } })).rejects.toThrow(/User id must be a UUID/);
  });
});
