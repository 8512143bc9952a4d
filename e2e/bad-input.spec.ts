import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";

test("malformed and unknown ids and hostile query strings answer 4xx, never 500", async ({ admin }) => {
  for (const path of ["/review/abc", `/review/${randomUUID()}`, `/review/abc?against=${randomUUID()}`]) {
    expect((await admin.get(path)).status(), path).toBe(404);
  }
  const cases: [string, number[]][] = [
    ["/api/sources?q=%00", [400]],
    ["/api/sources?q=%ED%A0%80", [200, 400]],
    ["/freshness/export?col=%00", [400]],
    ["/freshness?col=%00", [200]],
    ["/sources?q=%00", [200]],
    ["/api/profiles/%00/export/docx", [400, 404]],
    ["/api/profiles/XX/export/docx", [404]],
    ["/api/profiles/%FF%FE", [400, 404]],
    ["/review/%FF", [400, 404]],
    ["/profiles/%FF%FE", [400, 404]],
    ["/api/profiles/%00", [400, 404]],
  ];
  for (const [path, statuses] of cases) {
    const res = await admin.get(path);
    expect(statuses, `${path} answered ${res.status()}`).toContain(res.status());
  }
});

test("POST /api/sources refuses NUL, a lone surrogate and U+0001 with 400 naming the field, and stores nothing", async ({ admin }) => {
  const tag = randomUUID().slice(0, 8);
  const bodies: [Record<string, unknown>, string][] = [
    [{ mode: "manual", title: `NUL ${tag}\u0000` }, "title"],
    [{ mode: "manual", title: `Surrogate ${tag} \ud800` }, "title"],
    [{ mode: "manual", title: `Control ${tag}`, publisher: "Pub\u0001lisher" }, "publisher"],
    [{ mode: "manual", title: `Url ${tag}`, url: "https://example.org/\u0000" }, "url"],
    [{ mode: "paste", text: `@misc{x${tag}, title={A\u0001}}` }, "text"],
  ];
  for (const [body, field] of bodies) {
    const res = await admin.post("/api/sources", { data: body });
    expect(res.status(), JSON.stringify(body)).toBe(400);
    expect(await res.json()).toMatchObject({ field });
  }
  const found = (await (await admin.get(`/api/sources?q=${tag}`)).json()) as { sources: unknown[] };
  expect(found.sources).toEqual([]);
});

test("JSON routes check the session before reading the body", async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const res = await anonymous.post("/api/sources", { data: "{not json", headers: { "content-type": "application/json" } });
  expect(res.status()).toBe(401);
  await anonymous.dispose();
});

test("a server action with a foreign Origin is refused with 403, not 500", async ({ admin, baseURL }) => {
  const headers = { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" };
  for (const origin of ["https://evil.example", "null"]) {
    const res = await admin.post("/sources", { data: "[]", headers: { ...headers, origin } });
    expect(res.status(), origin).toBe(403);
  }
  // The same request from the app's own origin passes the check (an unknown action is Next's to answer).
  const same = await admin.post("/sources", { data: "[]", headers: { ...headers, origin: new URL(baseURL!).origin } });
  expect(same.status()).not.toBe(403);
});

test("an 11 MiB import upload gets the 10 MB message", async ({ pageAs }) => {
  // Uploading and parsing 11 MiB of multipart takes a while on a busy machine.
  test.setTimeout(180_000);
  const { page } = await pageAs("admin");
  await page.goto("/admin/import");
  const buffer = Buffer.alloc(11 * 1024 * 1024, 0x20);
  buffer.write("PK");
  await page.getByLabel("Profile file (.txt or .docx)").setInputFiles({ name: "huge.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("The file is larger than 10 MB")).toBeVisible();
});
