import { lt, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { loginAttempts } from "@/lib/db/schema/auth";
import { buildUser, TEST_PASSWORD } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { verifyPassword } from "./password";
import { purgeLoginAttempts, verifyCredentials } from "./verify-credentials";

const db = testDatabaseForFile();

const attempt = (email: string, password: string, now?: Date, address = "203.0.113.1") =>
  verifyCredentials({ db: db(), input: { email, password }, now, address, sleep: async () => {} });

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: Error) => (/incorrect/.test(e.message) ? "incorrect" : /Too many/.test(e.message) ? "throttled" : e.message),
  );

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

  it("refuses the 6th failure from one address within 15 minutes, even with the right password, then lets it expire", async () => {
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

  it("never answers more than 5 guesses for 30 parallel wrong attempts", async () => {
    const u = await buildUser(db());
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => outcome(attempt(u.email, `parallel-${i}`))));
    expect(results.filter((r) => r === "incorrect")).toHaveLength(5);
    expect(results.filter((r) => r === "throttled")).toHaveLength(25);
  });

  it("lets the user sign in from another address while an attacker is throttled", async () => {
    const u = await buildUser(db());
    for (let i = 0; i < 6; i++) await outcome(attempt(u.email, `attacker-${i}`, undefined, "198.51.100.7"));
    await expect(attempt(u.email, TEST_PASSWORD, undefined, "198.51.100.7")).rejects.toThrow(/Too many/);
    await expect(attempt(u.email, TEST_PASSWORD, undefined, "192.0.2.44")).resolves.toMatchObject({ id: u.id });
  });

  it("slows down, but does not lock, an account guessed at from many addresses", async () => {
    const u = await buildUser(db());
    for (let i = 0; i < 40; i++) await outcome(attempt(u.email, `spray-${i}`, undefined, `198.51.100.${i}`));
    const delays: number[] = [];
    const result = verifyCredentials({ db: db(), input: { email: u.email, password: TEST_PASSWORD }, address: "192.0.2.45", sleep: async (ms) => void delays.push(ms) });
    await expect(result).resolves.toMatchObject({ id: u.id });
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThan(0);
  });

  it("refuses an address that guesses at many accounts", async () => {
    const victims = await Promise.all(Array.from({ length: 21 }, () => buildUser(db())));
    const results: string[] = [];
    for (const v of victims) results.push(await outcome(attempt(v.email, "Winter2026!", undefined, "198.51.100.200")));
    expect(results.slice(0, 20).every((r) => r === "incorrect")).toBe(true);
    expect(results[20]).toBe("throttled");
    // The refusal is about the address, and says so: not "this account" (the 21st account never failed).
    const refusal = await attempt(victims[0]!.email, "Winter2026!", undefined, "198.51.100.200").catch((e: Error) => e.message);
    expect(refusal).toContain("198.51.100.200");
    expect(refusal).not.toContain("this account");
  });

  it("hashes at most a few passwords at once", async () => {
    const u = await buildUser(db());
    let running = 0;
    let peak = 0;
    const verify = async (hash: string, password: string) => {
      running++;
      peak = Math.max(peak, running);
      try {
        await new Promise((r) => setImmediate(r));
        return await verifyPassword(hash, password);
      } finally {
        running--;
      }
    };
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => outcome(verifyCredentials({ db: db(), input: { email: u.email, password: TEST_PASSWORD }, address: `192.0.2.${i}`, sleep: async () => {}, verify }))),
    );
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(2);
  });

  it("purges attempts older than a day", async () => {
    const u = await buildUser(db());
    const old = new Date(Date.now() - 25 * 60 * 60 * 1000);
    await outcome(attempt(u.email, "old guess", old));
    await purgeLoginAttempts(db(), new Date());
    const [{ n } = { n: -1 }] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(loginAttempts)
      .where(lt(loginAttempts.attemptedAt, new Date(Date.now() - 24 * 60 * 60 * 1000)));
    expect(n).toBe(0);
  });

  it("refuses a disabled account with its own message", async () => {
    const u = await buildUser(db(), { disabled: true });
    await expect(attempt(u.email, TEST_PASSWORD)).rejects.toThrow(/disabled/);
  });
});
