import { describe, expect, it } from "vitest";
import { buildUser, TEST_PASSWORD } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { verifyCredentials } from "./verify-credentials";

const db = testDatabaseForFile();

const attempt = (email: string, password: string, now?: Date) => verifyCredentials({ db: db(), input: { email, password }, now });

describe("verifyCredentials", () => {
  it("accepts the right password, case-insensitively on email", async () => {
    const u = await buildUser(db());
    await expect(attempt(u.email.toUpperCase(), TEST_PASSWORD)).resolves.toMatchObject({ id: u.id, role: "researcher" });
  });

  it("gives the same clear error for a wrong password and an unknown user", async () => {
    const u = await buildUser(db());
    await expect(attempt(u.email, "wrong password")).rejects.toThrow("Email or password is incorrect.");
    await expect(attempt("nobody@example.org", "whatever")).rejects.toThrow("Email or password is incorrect.");
  });

  it("names the field for malformed input", async () => {
    await expect(attempt("not-an-email", "x")).rejects.toThrow(/Email must be a valid address/);
    await expect(attempt("a@example.org", "")).rejects.toThrow(/Password is required/);
  });

  it("refuses the 6th failure within 15 minutes, even with the right password, then lets it expire", async () => {
    const u = await buildUser(db());
    const t0 = new Date();
    for (let i = 0; i < 5; i++) await expect(attempt(u.email, `wrong-${i}`, t0)).rejects.toThrow("incorrect");
    await expect(attempt(u.email, TEST_PASSWORD, t0)).rejects.toThrow(/Too many failed sign-in attempts/);
    const later = new Date(t0.getTime() + 16 * 60 * 1000);
    await expect(attempt(u.email, TEST_PASSWORD, later)).resolves.toMatchObject({ id: u.id });
  });

  it("throttles per account: another account is unaffected", async () => {
    const a = await buildUser(db());
    const b = await buildUser(db());
    for (let i = 0; i < 5; i++) await expect(attempt(a.email, "nope")).rejects.toThrow();
    await expect(attempt(b.email, TEST_PASSWORD)).resolves.toMatchObject({ id: b.id });
  });

  it("refuses a disabled account with its own message", async () => {
    const u = await buildUser(db(), { disabled: true });
    await expect(attempt(u.email, TEST_PASSWORD)).rejects.toThrow(/disabled/);
  });
});
