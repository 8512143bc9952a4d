import { describe, expect, it } from "vitest";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { updateUser } from "@/lib/users/update-user";
import { createSession, loadSessionUser, revokeSession } from "./sessions";

const db = testDatabaseForFile();

describe("sessions", () => {
  it("sign-out revokes only that session", async () => {
    const u = await buildUser(db());
    const s1 = await createSession(db(), u.id);
    const s2 = await createSession(db(), u.id);
    await revokeSession(db(), s1);
    expect(await loadSessionUser(db(), s1)).toBeNull();
    expect(await loadSessionUser(db(), s2)).toMatchObject({ id: u.id });
  });

  it("a role change shows on the very next load", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const u = await buildUser(db(), { role: "researcher" });
    const sid = await createSession(db(), u.id);
    await updateUser({ actor: admin.actor, db: db(), input: { userId: u.id, role: "viewer" } });
    expect(await loadSessionUser(db(), sid)).toMatchObject({ role: "viewer" });
  });

  it("disabling a user ends every session, and re-enabling does not revive them", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const u = await buildUser(db());
    const sid = await createSession(db(), u.id);
    await updateUser({ actor: admin.actor, db: db(), input: { userId: u.id, disabled: true } });
    expect(await loadSessionUser(db(), sid)).toBeNull();
    await updateUser({ actor: admin.actor, db: db(), input: { userId: u.id, disabled: false } });
    expect(await loadSessionUser(db(), sid)).toBeNull();
  });

  it("only admins manage users, and an admin cannot lock themselves out", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    const admin = await buildUser(db(), { role: "admin" });
    await expect(updateUser({ actor: editor.actor, db: db(), input: { userId: admin.id, role: "viewer" } })).rejects.toThrow(/permission/);
    await expect(updateUser({ actor: admin.actor, db: db(), input: { userId: admin.id, disabled: true } })).rejects.toThrow(/cannot disable yourself/);
    await expect(updateUser({ actor: admin.actor, db: db(), input: { userId: "nope", role: "viewer" } })).rejects.toThrow(/User id must be a UUID/);
  });
});
