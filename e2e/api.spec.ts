import { expect, test } from "./fixtures";

test("JSON routes refuse cross-site writes and name the bad field", async ({ admin }) => {
  const body = { email: "cross-site@e2e.folio.test", name: "Cross", role: "admin", password: "long enough password" };
  const foreign = await admin.post("/api/admin/users", { data: body, headers: { origin: "https://evil.example" } });
  expect(foreign.status()).toBe(403);
  const opaque = await admin.post("/api/admin/users", { data: body, headers: { origin: "null" } });
  expect(opaque.status()).toBe(403);
  const form = await admin.post("/api/admin/users", { data: JSON.stringify(body), headers: { "content-type": "text/plain" } });
  expect(form.status()).toBe(415);
  const bad = await admin.post("/api/admin/users", { data: { ...body, email: "not-an-email" } });
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ field: "email" });
  const list = (await (await admin.get("/api/admin/users")).json()) as { email: string }[];
  expect(list.map((u) => u.email)).not.toContain(body.email);
});
