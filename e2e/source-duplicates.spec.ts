import { expect, test } from "./fixtures";

// São Tomé and Príncipe ("st") names the sources of this spec alone.
test("a source entered by hand that looks like one in the registry is a warning until confirmed, and the sources page groups and merges duplicates", async ({ pageAs }) => {
  const researcher = await pageAs("researcher");
  const post = (data: Record<string, unknown>) => researcher.page.request.post("/api/sources", { data });
  const first = await post({ mode: "manual", title: "Sao Tome Civil Identification Law 2016", url: "https://example.org/st/civil-id-law" });
  expect(first.status()).toBe(200);
  const [kept] = (await first.json()).sources as { id: string }[];

  // The same URL (normalised) by hand: 409 naming the record; nothing added.
  const sameUrl = await post({ mode: "manual", title: "Civil identification law", url: "HTTPS://EXAMPLE.org/st/civil-id-law#text" });
  expect(sameUrl.status()).toBe(409);
  expect(await sameUrl.json()).toMatchObject({ field: "url", duplicates: [{ id: kept!.id, reason: "url" }], error: expect.stringContaining("same URL") });

  // A near-identical title: 409 too; confirmed, a second record.
  const nearTitle = { mode: "manual", title: "São Tomé civil identification law, 2016." };
  const warned = await post(nearTitle);
  expect(warned.status()).toBe(409);
  expect(await warned.json()).toMatchObject({ field: "title", duplicates: [{ id: kept!.id, reason: "title" }] });
  const confirmed = await post({ ...nearTitle, confirmDuplicate: true });
  expect(confirmed.status()).toBe(200);
  expect((await confirmed.json()).sources[0]).toMatchObject({ created: true });

  // Researchers see the group; editors merge it into the kept source.
  await researcher.page.goto("/sources");
  const section = researcher.page.getByRole("region", { name: "Possible duplicates" });
  await expect(section.getByRole("listitem").filter({ hasText: "São Tomé civil identification law, 2016." }).first()).toBeVisible();
  await expect(section.getByRole("button", { name: /^Merge/ })).toHaveCount(0);

  const editor = await pageAs("editor");
  await editor.page.goto("/sources");
  const duplicates = editor.page.getByRole("region", { name: "Possible duplicates" });
  await duplicates.getByRole("button", { name: "Merge “São Tomé civil identification law, 2016.” into “Sao Tome Civil Identification Law 2016”" }).click();
  await expect(duplicates).not.toContainText("São Tomé civil identification law, 2016.");
  await editor.page.reload();
  await expect(editor.page.getByRole("region", { name: "Possible duplicates" })).not.toContainText("São Tomé civil identification law, 2016.");
  await expect(editor.page.getByRole("table")).not.toContainText("São Tomé civil identification law, 2016.");
});
