import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDatabase } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { buildUser } from "@/lib/test/factories";
import { startFakeOidcProvider, type FakeIdentity, type FakeOidcProvider } from "@/lib/test/fake-oidc-provider";
import { nextAuthDriver } from "@/lib/test/next-auth-driver";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { createAuthOptions } from "./config";
import { admitOidcSignIn } from "./oidc-sign-in";
import { userFromCookies } from "./user-from-cookies";

const db = testDatabaseForFile(async (handle) => setDatabase(handle));
const ISS = "https://id.example.org";
const sub = () => `sub-${randomBytes(6).toString("hex")}`;
const email = () => `sso-${randomBytes(6).toString("hex")}@example.org`;

describe("admitOidcSignIn", () => {
  it("refuses an e-mail the provider has not verified, or verified only as a string", async () => {
    const u = await buildUser(db(), { email: email() });
    for (const email_verified of [false, undefined, "true", 1]) {
      expect(await admitOidcSignIn(db(), { iss: ISS, sub: sub(), email: u.email, email_verified })).toEqual({ ok: false, reason: "OidcEmailUnverified" });
    }
    const [row] = await db().select({ subject: users.oidcSubject }).from(users).where(eq(users.id, u.id));
    expect(row!.subject).toBeNull();
  });

  it("binds the identity on the first verified sign-in and matches by it after, whatever e-mail the provider reports", async () => {
    const owner = await buildUser(db(), { email: email() });
    const other = await buildUser(db(), { email: email() });
    const s = sub();
    expect(await admitOidcSignIn(db(), { iss: ISS, sub: s, email: owner.email.toUpperCase(), email_verified: true })).toEqual({ ok: true, userId: owner.id, bound: true });
    const [row] = await db().select({ issuer: users.oidcIssuer, subject: users.oidcSubject }).from(users).where(eq(users.id, owner.id));
    expect(row).toEqual({ issuer: ISS, subject: s });
    // The person changes their e-mail at the provider to the other account's: they still land in their own.
    expect(await admitOidcSignIn(db(), { iss: ISS, sub: s, email: other.email, email_verified: true })).toEqual({ ok: true, userId: owner.id, bound: false });
    expect(await admitOidcSignIn(db(), { iss: ISS, sub: s, email: other.email, email_verified: false })).toEqual({ ok: true, userId: owner.id, bound: false });
    const [untouched] = await db().select({ subject: users.oidcSubject }).from(users).where(eq(users.id, other.id));
    expect(untouched!.subject).toBeNull();
  });

  it("refuses a second identity claiming an already bound e-mail, and the same subject from another issuer", async () => {
    const u = await buildUser(db(), { email: email() });
    const s = sub();
    expect(await admitOidcSignIn(db(), { iss: ISS, sub: s, email: u.email, email_verified: true })).toMatchObject({ ok: true, userId: u.id });
    expect(await admitOidcSignIn(db(), { iss: ISS, sub: sub(), email: u.email, email_verified: true })).toEqual({ ok: false, reason: "OidcAccountBound" });
    expect(await admitOidcSignIn(db(), { iss: "https://other.example.org", sub: s, email: u.email, email_verified: true })).toEqual({ ok: false, reason: "OidcAccountBound" });
  });

  it("two identities racing to bind one account: exactly one wins", async () => {
    const u = await buildUser(db(), { email: email() });
    const results = await Promise.all([sub(), sub(), sub()].map((s) => admitOidcSignIn(db(), { iss: ISS, sub: s, email: u.email, email_verified: true })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.reason === "OidcAccountBound")).toHaveLength(2);
  });

  it("refuses unknown e-mails, disabled accounts and tokens without iss or sub", async () => {
    expect(await admitOidcSignIn(db(), { iss: ISS, sub: sub(), email: email(), email_verified: true })).toEqual({ ok: false, reason: "NoAccount" });
    const disabled = await buildUser(db(), { email: email(), disabled: true });
    expect(await admitOidcSignIn(db(), { iss: ISS, sub: sub(), email: disabled.email, email_verified: true })).toEqual({ ok: false, reason: "NoAccount" });
    const bound = await buildUser(db(), { email: email() });
    const s = sub();
    await admitOidcSignIn(db(), { iss: ISS, sub: s, email: bound.email, email_verified: true });
    await db().update(users).set({ disabled: true }).where(eq(users.id, bound.id));
    expect(await admitOidcSignIn(db(), { iss: ISS, sub: s, email: bound.email, email_verified: true })).toEqual({ ok: false, reason: "NoAccount" });
    expect(await admitOidcSignIn(db(), { iss: ISS, email: bound.email, email_verified: true })).toEqual({ ok: false, reason: "OidcInvalidToken" });
    expect(await admitOidcSignIn(db(), { sub: s, email: bound.email, email_verified: true })).toEqual({ ok: false, reason: "OidcInvalidToken" });
  });
});

describe("single sign-on through next-auth against a fake provider", () => {
  const secret = randomBytes(24).toString("hex");
  const client = { clientId: "folio", clientSecret: randomBytes(12).toString("hex") };
  let op: FakeOidcProvider;
  const savedUrl = process.env.NEXTAUTH_URL;

  beforeAll(async () => {
    op = await startFakeOidcProvider(client);
    // next-auth takes the app's origin (and the callback URL it sends the provider) from NEXTAUTH_URL.
    process.env.NEXTAUTH_URL = "http://folio.test";
  });
  afterAll(async () => {
    process.env.NEXTAUTH_URL = savedUrl;
    await op.close();
  });

  /** Walks the browser's path: CSRF token, sign-in POST, the provider's authorize redirect, the callback. */
  async function signInWith(identity: FakeIdentity) {
    const options = { ...createAuthOptions({ oidc: { issuer: op.issuer, ...client, name: "Test SSO" }, baseUrl: "http://folio.test" }), secret };
    const browser = nextAuthDriver(options);
    const { csrfToken } = (await browser.get("/api/auth/csrf")).body as { csrfToken: string };
    const start = await browser.post("/api/auth/signin/oidc", { csrfToken, callbackUrl: "/countries" });
    expect(start.location, "sign-in should redirect to the provider").toMatch(new RegExp(`^${op.issuer}/authorize\\?`));
    op.signInAs(identity);
    const authorized = await fetch(start.location!, { redirect: "manual" });
    expect(authorized.status).toBe(302);
    const back = new URL(authorized.headers.get("location")!);
    expect(back.pathname).toBe("/api/auth/callback/oidc");
    const done = await browser.get(`${back.pathname}${back.search}`);
    const user = await userFromCookies({ db: db(), cookieHeader: browser.cookieHeader(), secret });
    return { location: done.location, userId: user?.id ?? null };
  }

  it("signs a verified person into the account with their e-mail, then by subject after the e-mail changes", async () => {
    const u = await buildUser(db(), { email: email() });
    const other = await buildUser(db(), { email: email() });
    const s = sub();
    expect(await signInWith({ sub: s, email: u.email, email_verified: true })).toEqual({ location: "http://folio.test/countries", userId: u.id });
    expect(await signInWith({ sub: s, email: other.email, email_verified: true })).toEqual({ location: "http://folio.test/countries", userId: u.id });
  });

  it("refuses an unverified e-mail and a second subject claiming a bound account, with no session", async () => {
    const u = await buildUser(db(), { email: email() });
    expect(await signInWith({ sub: sub(), email: u.email, email_verified: false })).toEqual({ location: "/login?error=OidcEmailUnverified", userId: null });
    expect(await signInWith({ sub: sub(), email: u.email })).toEqual({ location: "/login?error=OidcEmailUnverified", userId: null });
    expect((await signInWith({ sub: sub(), email: u.email, email_verified: true })).userId).toBe(u.id);
    expect(await signInWith({ sub: sub(), email: u.email, email_verified: true })).toEqual({ location: "/login?error=OidcAccountBound", userId: null });
  });
});

describe("next-auth cookies follow NEXTAUTH_URL", () => {
  it("are Secure and __Host-/__Secure- prefixed when it is https, plain on http", async () => {
    const secret = randomBytes(24).toString("hex");
    const https = nextAuthDriver({ ...createAuthOptions({ oidc: null, baseUrl: "https://folio.example.org" }), secret });
    const [csrf] = (await https.get("/api/auth/csrf")).setCookies;
    expect(csrf).toMatch(/^__Host-next-auth\.csrf-token=/);
    expect(csrf).toMatch(/; Secure/i);
    const http = nextAuthDriver({ ...createAuthOptions({ oidc: null, baseUrl: "http://localhost:3000" }), secret });
    const [plain] = (await http.get("/api/auth/csrf")).setCookies;
    expect(plain).toMatch(/^next-auth\.csrf-token=/);
    expect(plain).not.toMatch(/; Secure/i);
  });
});
