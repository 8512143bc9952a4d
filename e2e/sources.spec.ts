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
