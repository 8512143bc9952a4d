import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { freePort } from "../lib/test/free-port";
import { signIn, startProductionFolio, type ProductionFolio } from "../scripts/production-folio";
import { E2E_ADMIN } from "./demo-admin";
import { CountriesPage } from "./pages/countries-page";

/**
 * Two Folio processes on one PostgreSQL, as a deployment with several instances runs: what one instance commits
 * reaches the other's open pages through the database's LISTEN/NOTIFY (lib/events), with no Redis.
 */
const root = path.resolve(import.meta.dirname, "..");
const pgDir = path.join(os.tmpdir(), `folio-two-instances-${process.pid}`);
let one: ProductionFolio | undefined;
let two: ProductionFolio | undefined;
const base2 = { one: "", two: "" };

const test = base.extend<{ on: (instance: "one" | "two") => Promise<APIRequestContext> }>({
  on: async ({ playwright }, use) => {
    const contexts: APIRequestContext[] = [];
    await use(async (instance) => {
      const request = await playwright.request.newContext({ baseURL: base2[instance] });
      contexts.push(request);
      await signIn(request, E2E_ADMIN.email, E2E_ADMIN.password);
      return request;
    });
    for (const c of contexts) await c.dispose();
  },
});

test.beforeAll(async () => {
  test.setTimeout(420_000);
  const url = execFileSync("bash", [path.join(root, "scripts/temp-postgres.sh"), "start", pgDir, String(await freePort())], { encoding: "utf8" }).trim();
  const env = { DATABASE_URL: url };
  const [portOne, portTwo] = [await freePort(), await freePort()];
  // One after the other: the first migrates and seeds the demo profile, the second finds it.
  one = await startProductionFolio(portOne, path.join(pgDir, "unused-one"), env);
  two = await startProductionFolio(portTwo, path.join(pgDir, "unused-two"), env);
  base2.one = `http://localhost:${portOne}`;
  base2.two = `http://localhost:${portTwo}`;
});

test.afterAll(async () => {
  await one?.stop();
  await two?.stop();
  execFileSync("bash", [path.join(root, "scripts/temp-postgres.sh"), "stop", pgDir]);
});

async function json<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, status: number): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

test("a status change and a publish made through one instance reach the other instance's pages", async ({ browser, playwright, on }) => {
  test.setTimeout(180_000);
  const adminOne = await on("one");
  const profile = await json<{ sections: { id: string; title: string; status: string }[] }>(await adminOne.get("/api/profiles/jp"), 200);
  const count = (status: string) => profile.sections.filter((s) => s.status === status).length;
  const [inReview, approved] = [count("in_review"), count("approved")];
  const [first, second] = profile.sections.filter((s) => s.status !== "in_review");

  // An editor who wrote nothing approves; created on instance one, signed in on instance one.
  const tag = Date.now().toString(36);
  const editor = { email: `editor-${tag}@e2e.folio.test`, name: `Editor ${tag}`, role: "editor", password: `pw-${tag}-two-instances` };
  await json(await adminOne.post("/api/admin/users", { data: editor }), 200);
  const editorRequest = await playwright.request.newContext({ baseURL: base2.one });
  await signIn(editorRequest, editor.email, editor.password);

  // Instance two's countries list is open in a browser.
  const context = await browser.newContext({ baseURL: base2.two });
  await signIn(context.request, E2E_ADMIN.email, E2E_ADMIN.password);
  const page = await context.newPage();
  await new CountriesPage(page).goto();
  const japan = page.getByRole("row").filter({ hasText: "Japan" });
  await expect(japan).toBeVisible();

  // Submitted through instance one: instance two's open page shows it without a reload.
  const rev = await json<{ id: string; status: string }>(await adminOne.post(`/api/sections/${first!.id}/revisions`, { data: {} }), 201);
  expect(rev.status).toBe("in_review");
  await expect(japan).toContainText(`${inReview + 1} in review`);

  // Approved and published through instance one: instance two's newest public page (which it had cached) moves on.
  await json(await editorRequest.post(`/api/revisions/${rev.id}/decision`, { data: { decision: "approved" } }), 200);
  await expect(japan).toContainText(`${approved + 1} approved`);
  const publish = { changelog: "First version.", overrideReason: "Demo sources accepted as they stand." };
  const v1 = await json<{ version: number }>(await adminOne.post("/api/profiles/JP/versions", { data: publish }), 201);
  const readerTwo = await on("two");
  await expect.poll(async () => (await (await readerTwo.get("/profiles/jp")).text()).includes(`Version ${v1.version} ·`)).toBe(true);
  expect((await (await readerTwo.get("/profiles/jp")).text()).includes(`Version ${v1.version} ·`)).toBe(true);

  const rev2 = await json<{ id: string }>(await adminOne.post(`/api/sections/${second!.id}/revisions`, { data: {} }), 201);
  await expect(japan).toContainText(`${inReview + 1} in review`);
  await json(await editorRequest.post(`/api/revisions/${rev2.id}/decision`, { data: { decision: "approved" } }), 200);
  await expect(japan).toContainText(`${approved + 2} approved`);
  const v2 = await json<{ version: number }>(await adminOne.post("/api/profiles/JP/versions", { data: { ...publish, changelog: "Second version." } }), 201);
  expect(v2.version).toBe(v1.version + 1);
  await expect.poll(async () => (await (await readerTwo.get("/profiles/jp")).text()).includes(`Version ${v2.version} ·`)).toBe(true);

  await editorRequest.dispose();
  await context.close();
});
