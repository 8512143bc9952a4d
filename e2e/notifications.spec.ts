import { expect, test } from "./fixtures";
import { profileState } from "./publish-demo";
import { ReviewPage } from "./pages/review-page";

test("notifications name the profile and section, lead to the revision and the thread, and are marked read one by one or all", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const researcher = await pageAs("researcher");
  const editor = await pageAs("editor");
  const section = (await profileState(researcher.context.request, "jp")).sections.find((s) => s.status === "draft")!;
  const submitted = await researcher.context.request.post(`/api/sections/${section.id}/revisions`, { data: {} });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { id: revisionId, number } = (await submitted.json()) as { id: string; number: number };

  // The editor hears of the submission: who, which revision, which profile and section; the link opens its review.
  await editor.page.goto("/notifications");
  const list = editor.page.getByRole("list", { name: "Notifications" });
  const submission = list.getByRole("listitem").filter({ hasText: `${researcher.user.name} submitted revision ${number} for review` });
  await expect(submission).toContainText(`in Japan › ${section.title}`);
  await submission.getByRole("link", { name: `${researcher.user.name} submitted revision ${number} for review` }).click();
  await expect(editor.page).toHaveURL(new RegExp(`/review/${revisionId}$`));

  // The editor starts a thread that mentions the researcher by name.
  const review = new ReviewPage(editor.page);
  await expect(review.viewer()).toBeVisible();
  const phrase = await review.viewer().evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const word = /\p{L}{5,}/u.exec(node.textContent ?? "")?.[0];
      if (word && !node.parentElement?.closest(".redline-footnote, .redline-del, sup")) return word;
    }
    throw new Error("no word in the revision");
  });
  await review.commentOn(phrase, `@${researcher.user.name} which law says so?`);
  const threadId = await editor.page.getByRole("article", { name: `Thread on “${phrase}”` }).getAttribute("data-thread-id");

  // The researcher's bell counts it; the mention names the thread's text, profile and section, and leads to the thread.
  await researcher.page.goto("/notifications");
  const bell = researcher.page.getByRole("link", { name: /^Notifications, \d+ unread$/ });
  const unreadBefore = Number(/(\d+) unread/.exec((await bell.getAttribute("aria-label"))!)![1]);
  expect(unreadBefore).toBeGreaterThanOrEqual(1);
  const mention = researcher.page.getByRole("list", { name: "Notifications" }).getByRole("listitem").filter({ hasText: `${editor.user.name} mentioned you on “${phrase}”` });
  await expect(mention).toContainText(`in Japan › ${section.title}`);
  await expect(mention.getByRole("link")).toHaveAttribute("href", `/review/${revisionId}#thread-${threadId}`);

  // Mark read one by one, then all.
  await mention.getByRole("button", { name: /^Mark read: / }).click();
  await expect(mention.getByRole("button", { name: /^Mark read: / })).toHaveCount(0);
  await expect(mention.getByText("Unread", { exact: true })).toHaveCount(0);
  await expect(bell).toHaveAttribute("aria-label", `Notifications, ${unreadBefore - 1} unread`);

  await mention.getByRole("link").click();
  await expect(researcher.page).toHaveURL(new RegExp(`/review/${revisionId}#thread-${threadId}$`));
  await expect(researcher.page.locator(`article#thread-${threadId}`)).toBeVisible();
  await expect(researcher.page.locator(`article#thread-${threadId}`)).toContainText("which law says so?");

  await researcher.page.goto("/notifications");
  if (unreadBefore - 1 > 0) await researcher.page.getByRole("button", { name: "Mark all read" }).click();
  await expect(researcher.page.getByText("0 unread")).toBeVisible();
  await expect(bell).toHaveAttribute("aria-label", "Notifications, 0 unread");
});
