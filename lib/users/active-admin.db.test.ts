import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/lib/db/schema/auth";
import { buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { updateUser } from "./update-user";

const db = testDatabaseForFile();
const activeAdmins = async () => db().select({ id: users.id }).from(users).where(and(eq(users.role, "admin"), eq(users.disabled, false)));

// Each test leaves exactly the admins it made; start every test from none.
async function onlyAdmins(n: number) {
  const existing = await activeAdmins();
  const made = [];
  for (let i = 0; i < n; i++) made.push(await buildUser(db(), { role: "admin" }));
  if (existing.length) await db().update(users).set({ role: "viewer" }).where(inArray(users.id, existing.map((r) => r.id)));
  return made;
}

describe(`always at least one active admin (${process.env.FOLIO_TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("two admins demoting each other at once: exactly one lands, one admin is left", async () => {
    const [a, b] = await onlyAdmins(2);
    const results = await Promise.allSettled([
      updateUser({ actor: a!.actor, db: db(), input: { userId: b!.id, role: "editor" } }),
      updateUser({ actor: b!.actor, db: db(), input: { userId: a!.id, role: "editor" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins()).toHaveLength(1);
  });

  it("two admins disabling each other at once: exactly one lands, one admin is left", async () => {
    const [a, b] = await onlyAdmins(2);
    const results = await Promise.allSettled([
      updateUser({ actor: a!.actor, db: db(), input: { userId: b!.id, disabled: true } }),
      updateUser({ actor: b!.actor, db: db(), input: { userId: a!.id, disabled: true } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await activeAdmins()).toHaveLength(1);
  });

  it("the database itself refuses, in concurrent transactions, to take the last active admins away", async () => {
    const admins = await onlyAdmins(3);
    const results = await Promise.allSettled(
      admins.map((a, i) => db().transaction(async (tx) => tx.update(users).set(i % 2 ? { disabled: true } : { role: "researcher" }).where(eq(users.id, a.id)))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(2);
    expect(String((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason?.cause?.message ?? "")).toMatch(/at least one active admin/);
    expect(await activeAdmins()).toHaveLength(1);
  });

  it("the last active admin cannot be demoted, disabled or deleted, even in plain SQL", async () => {
    const [a] = await onlyAdmins(1);
    await expect(db().update(users).set({ role: "viewer" }).where(eq(users.id, a!.id))).rejects.toThrow();
    await expect(db().update(users).set({ disabled: true }).where(eq(users.id, a!.id))).rejects.toThrow();
    await expect(db().delete(users).where(eq(users.id, a!.id))).rejects.toThrow();
    expect(await activeAdmins()).toEqual([{ id: a!.id }]);
  });

  it("an admin demoted a moment ago by another can no longer change users", async () => {
    const [a, b, c] = await onlyAdmins(3);
    await updateUser({ actor: a!.actor, db: db(), input: { userId: b!.id, role: "editor" } });
    await expect(updateUser({ actor: b!.actor, db: db(), input: { userId: c!.id, role: "viewer" } })).rejects.toThrow(/permission/);
    expect(await activeAdmins()).toHaveLength(2);
  });
});
