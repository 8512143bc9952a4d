import { expect, test } from "./fixtures";
import { publishNextSection } from "./publish-demo";

test("readers: favicon, SVG flags with names, an old version says so and links to the newest, ¶ links on focus and hover", async ({ pageAs, admin, browser }) => {
  test.setTimeout(120_000);
  const researcher = await pageAs("researcher");
  const editor = await pageAs("editor");
  const people = { researcher: researcher.context.request, editor: editor.context.request, admin };

  // favicon.ico answers on every origin path (no 404 in the console).
  const icon = await researcher.context.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/icon/);

  // The countries list: each flag is an SVG beside the country's name, never an emoji.
  await researcher.page.goto("/countries");
  const japan = researcher.page.getByRole("link", { name: "Japan", exact: true });
  await expect(japan).toBeVisible();
  await expect(japan.locator("svg.flag")).toHaveCount(1);
  expect(await researcher.page.locator("main").innerText()).not.toMatch(/[\u{1F1E6}-\u{1F1FF}]/u);

  const v1 = await publishNextSection("jp", people);
  const v2 = await publishNextSection("jp", people);
  expect(v2).toBe(v1 + 1);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/profiles/jp/v/${v1}`);
  const notice = reader.getByRole("note").filter({ hasText: "This is version" });
  await expect(notice).toContainText(`This is version ${v1} of ${v2}, published`);
  await notice.getByRole("link", { name: "Read the latest version" }).click();
  await expect(reader).toHaveURL(/\/profiles\/jp$/);
  await expect(reader.getByText("Last updated:")).toContainText(`Version ${v2}`);
  await expect(reader.getByRole("note").filter({ hasText: "This is version" })).toHaveCount(0);
  await expect(reader.locator("svg.flag")).toHaveCount(1);

  // ¶ links: hidden until the paragraph is hovered or the link has keyboard focus; each points at its own anchor.
  const paragraph = reader.locator("section.content p[id]").first();
  const id = await paragraph.getAttribute("id");
  const link = paragraph.getByRole("link", { name: "Link to this paragraph" });
  await expect(link).toHaveAttribute("href", `#${id}`);
  await expect(link).toHaveCSS("opacity", "0");
  await paragraph.hover();
  await expect(link).toHaveCSS("opacity", "1");
  await reader.mouse.move(0, 0);
  await expect(link).toHaveCSS("opacity", "0");
  await link.focus();
  await expect(link).toHaveCSS("opacity", "1");
  await link.press("Enter");
  await expect(reader).toHaveURL(new RegExp(`#${id}$`));
  await expect(reader.locator("p:target")).toHaveAttribute("id", id!);

  const note = reader.locator("ol.notes li").first();
  const noteLink = note.getByRole("link", { name: "Link to note 1" });
  await expect(noteLink).toHaveAttribute("href", `#${await note.getAttribute("id")}`);
  await noteLink.focus();
  await expect(noteLink).toHaveCSS("opacity", "1");
  await reader.context().close();
});
