import { randomBytes } from "node:crypto";
import { test as base, expect, type APIRequestContext, type BrowserContext, type ConsoleMessage, type Page } from "@playwright/test";
import { postCredentials } from "./chromium";
import { E2E_ADMIN } from "./demo-admin";

export type Role = "viewer" | "researcher" | "editor" | "admin";
export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** Collects the console errors and page errors a page reports from its Content-Security-Policy. */
export function collectCspViolations(page: Page, into: string[] = []): string[] {
  page.on("console", (m: ConsoleMessage) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) into.push(`${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => {
    if (/Content Security Policy/i.test(e.message)) into.push(`${page.url()}: ${e.message}`);
  });
  return into;
}

/** Signs a request context (and the browser context that owns it) in through next-auth's credentials API. */
export async function signIn(request: APIRequestContext, email: string, password: string): Promise<void> {
  const status = await postCredentials(request, email, password);
  expect(status >= 200 && status < 300, `sign-in as ${email} failed with ${status}`).toBeTruthy();
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email, `no session after signing in as ${email}`).toBe(email);
}

interface Fixtures {
  admin: APIRequestContext;
  createUser: (role: Role, name?: string) => Promise<TestUser>;
  pageAs: (role: Role) => Promise<{ page: Page; user: TestUser; context: BrowserContext }>;
}

export const test = base.extend<Fixtures>({
  // Every page a test opens runs under the app's CSP (proxy.ts): any violation it reports fails the test.
  page: async ({ page }, use) => {
    const violations = collectCspViolations(page);
    await use(page);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
  admin: async ({ playwright, baseURL }, use) => {
    const request = await playwright.request.newContext({ baseURL });
    await signIn(request, E2E_ADMIN.email, E2E_ADMIN.password);
    await use(request);
    await request.dispose();
  },
  createUser: async ({ admin }, use) => {
    await use(async (role, name) => {
      const tag = randomBytes(4).toString("hex");
      const body = { email: `${role}-${tag}@e2e.folio.test`, name: name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${tag}`, role, password: `pw-${tag}-${randomBytes(6).toString("hex")}` };
      const res = await admin.post("/api/admin/users", { data: body });
      expect(res.status(), await res.text()).toBe(200);
      const created = (await res.json()) as { id: string };
      return { ...body, id: created.id };
    });
  },
  pageAs: async ({ browser, createUser }, use) => {
    const contexts: BrowserContext[] = [];
    const violations: string[] = [];
    await use(async (role) => {
      const user = await createUser(role);
      const context = await browser.newContext();
      contexts.push(context);
      context.on("page", (page) => collectCspViolations(page, violations));
      await signIn(context.request, user.email, user.password);
      return { page: await context.newPage(), user, context };
    });
    for (const c of contexts) await c.close();
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },
});

export { expect };
