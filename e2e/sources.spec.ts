import { expect, test } from "./fixtures";

test("an editor merges two records of one source; a researcher cannot", async ({ pageAs }) => {
  const researcher = await pageAs("researcher");
  for (const [title, url] of [
    ["Population Register Guide", "https://example.org/register-guide"],
    ["Population Register Guide (mirror)", "https://mirror.example.org/register-guide"],
  ]) {
    const res = await researcher.page.request.post("/api/sources", { data: { mode: "manual", title, url } });
    expect(res.status()).toBe(200);
  }
  await researcher.page.goto("/sources?q=Population+Register");
  await expect(researcher.page.getByRole("row")).toHaveCount(3);
  await expect(researcher.page.getByRole("form", { name: "Merge sources" })).toHaveCount(0);

  const editor = await pageAs("editor");
  await editor.page.goto("/sources?q=Population+Register");
  const form = editor.page.getByRole("form", { name: "Merge sources" });
  await form.getByLabel("Keep").selectOption({ label: "Population Register Guide — https://example.org/register-guide" });
  await form.getByLabel("Merge into it").selectOption({ label: "Population Register Guide (mirror) — https://mirror.example.org/register-guide" });
  await form.getByRole("button", { name: "Merge" }).click();
  await expect(form.getByRole("status")).toContainText("Merged");
  await editor.page.goto("/sources?q=Population+Register");
  await expect(editor.page.getByRole("row")).toHaveCount(2);
});

test("POST /api/sources refuses javascript:, data: and vbscript: URLs with 400 naming the field, typed or pasted", async ({ pageAs }) => {
  const researcher = await pageAs("researcher");
  const cases: [Record<string, unknown>, string][] = [
    [{ mode: "manual", title: "Unsafe URL probe", url: "javascript:alert(1)" }, "url"],
    [{ mode: "manual", title: "Unsafe URL probe", url: " JaVaScRiPt:alert(1)" }, "url"],
    [{ mode: "manual", title: "Unsafe URL probe", url: "data:text/html,<script>alert(1)</script>" }, "url"],
    [{ mode: "paste", text: JSON.stringify([{ type: "webpage", title: "Unsafe URL probe", URL: "javascript:alert(1)" }]) }, "text"],
    [{ mode: "paste", text: "@misc{evil,\n  title = {Unsafe URL probe},\n  url = {data:text/html,x}\n}" }, "text"],
    [{ mode: "paste", text: "TY  - ELEC\nTI  - Unsafe URL probe\nUR  - vbscript:msgbox(1)\nER  - " }, "text"],
  ];
  for (const [data, field] of cases) {
    const res = await researcher.page.request.post("/api/sources", { data });
    expect(res.status(), JSON.stringify(data)).toBe(400);
    expect(await res.json()).toMatchObject({ field, error: expect.stringContaining("http://") });
  }
  const search = await researcher.page.request.get("/api/sources?q=Unsafe+URL+probe");
  expect(((await search.json()) as { sources: unknown[] }).sources).toEqual([]);
});
