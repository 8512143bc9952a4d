import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createSession, loadSessionUser } from "@/lib/auth/sessions";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { auditLog, users } from "@/lib/db/schema/auth";
import { buildUser, TEST_PASSWORD } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { changeOwnPassword } from "./change-password";
import { resetPassword } from "./reset-password";

const db = testDatabaseForFile();
const NEW = "a much better password";
const hashOf = async (id: string) => (await db().select().from(users).where(eq(users.id, id)))[0]!.passwordHash!;

describe(`accounts: own password and admin reset (${process.env.FOLIO_TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("changes one's own password, keeps this session and ends the others", async () => {
    const u = await buildUser(db());
    const here = await createSession(db(), u.id);
    const elsewhere = await createSession(db(), u.id);
    await changeOwnPassword({ actor: u.actor, db: db(), sessionId: here, input: { currentPassword: TEST_PASSWORD, newPassword: NEW, confirmPassword: NEW } });
    expect(await verifyPassword(await hashOf(u.id), NEW)).toBe(true);
    expect(await loadSessionUser(db(), here)).toMatchObject({ id: u.id });
    expect(await loadSessionUser(db(), elsewhere)).toBeNull();
    await expect(verifyCredentials({ db: db(), input: { email: u.email, password: TEST_PASSWORD }, address: "10.0.0.1" })).rejects.toThrow(/incorrect/);
    await expect(verifyCredentials({ db: db(), input: { email: u.email, password: NEW }, address: "10.0.0.1" })).resolves.toMatchObject({ id: u.id });
    expect(await db().select().from(auditLog).where(and(eq(auditLog.subjectId, u.id), eq(auditLog.action, "user.password_change")))).toHaveLength(1);
  });

  it("refuses a wrong current password, a short or mismatched new one, naming the field and changing nothing", async () => {
    const u = await buildUser(db());
    const sid = await createSession(db(), u.id);
    const before = await hashOf(u.id);
    const attempt = (input: Record<string, string>) => changeOwnPassword({ actor: u.actor, db: db(), sessionId: sid, input });
    await expect(attempt({ currentPassword: "wrong password!", newPassword: NEW, confirmPassword: NEW })).rejects.toMatchObject({ field: "currentPassword" });
    await expect(attempt({ currentPassword: TEST_PASSWORD, newPassword: "short", confirmPassword: "short" })).rejects.toMatchObject({ field: "newPassword", message: expect.stringMatching(/at least 10/) });
    await expect(attempt({ currentPassword: TEST_PASSWORD, newPassword: NEW, confirmPassword: `${NEW}!` })).rejects.toMatchObject({ field: "confirmPassword" });
    await expect(attempt({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD })).rejects.toMatchObject({ field: "newPassword" });
    expect(await hashOf(u.id)).toBe(before);
  });

  it("an admin reset gives a temporary password, ends every session and forces a change at the next sign-in", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const u = await buildUser(db(), { role: "editor" });
    const old = await createSession(db(), u.id);
    const { temporaryPassword } = await resetPassword({ actor: admin.actor, db: db(), input: { userId: u.id } });
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    expect(await loadSessionUser(db(), old)).toBeNull();
    await expect(verifyCredentials({ db: db(), input: { email: u.email, password: TEST_PASSWORD }, address: "10.0.0.2" })).rejects.toThrow(/incorrect/);
    await verifyCredentials({ db: db(), input: { email: u.email, password: temporaryPassword }, address: "10.0.0.2" });
    const sid = await createSession(db(), u.id);
    const pending = (await loadSessionUser(db(), sid))!;
    expect(pending.mustChangePassword).toBe(true);
    const actor = { id: u.id, role: u.role, mustChangePassword: true };
    await changeOwnPassword({ actor, db: db(), sessionId: sid, input: { currentPassword: temporaryPassword, newPassword: NEW, confirmPassword: NEW } });
    expect(await loadSessionUser(db(), sid)).toMatchObject({ mustChangePassword: false });
  });

  it("only admins reset, and not their own password", async () => {
    const editor = await buildUser(db(), { role: "editor" });
    const admin = await buildUser(db(), { role: "admin" });
    const before = await hashOf(admin.id);
    await expect(resetPassword({ actor: editor.actor, db: db(), input: { userId: admin.id } })).rejects.toThrow(/permission/);
    await expect(resetPassword({ actor: admin.actor, db: db(), input: { userId: admin.id } })).rejects.toMatchObject({ field: "userId" });
    await expect(resetPassword({ actor: admin.actor, db: db(), input: { userId: "nope" } })).rejects.toThrow(/User id must be a UUID/);
    expect(await hashOf(admin.id)).toBe(before);
  });
});
