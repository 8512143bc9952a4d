import { expect, type APIRequestContext, type Page } from "@playwright/test";

/** The review page of a revision (/review/[revisionId]) and the queue (/review). */
export class ReviewPage {
  constructor(readonly page: Page) {}

  async openFromQueue(sectionTitle: string, number: number) {
    await this.page.goto("/review");
    await this.page.getByRole("link", { name: new RegExp(`${sectionTitle} \\(revision ${number}\\)`) }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: new RegExp(`revision ${number}$`) })).toBeVisible();
  }

  footnoteChanges() {
    return this.page.getByRole("region", { name: "Footnote changes" }).getByRole("listitem");
  }

  viewer() {
    return this.page.getByRole("document", { name: /with changes$/ });
  }

  /** Selects `phrase` in the inline redline the way a mouse would, then starts a thread on it. */
  async commentOn(phrase: string, body: string) {
    await this.viewer().evaluate((root, text) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at < 0 || node.parentElement?.closest(".redline-footnote, .redline-del")) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`“${text}” is not in the revision`);
    }, phrase);
    await this.page.getByRole("button", { name: `Comment on “${phrase}”` }).click();
    const form = this.page.getByRole("form", { name: "New comment" });
    await form.getByLabel("Comment").fill(body);
    await form.getByRole("button", { name: "Start thread" }).click();
    await expect(this.page.getByRole("article", { name: `Thread on “${phrase}”` })).toBeVisible();
  }

  decision() {
    return this.page.getByRole("region", { name: "Decision" });
  }

  async decide(decision: "Approve" | "Request changes", note = "") {
    if (note) await this.decision().getByLabel("Note to the authors").fill(note);
    await this.decision().getByRole("button", { name: decision }).click();
    await expect(this.decision().getByRole("status")).toHaveText(decision === "Approve" ? "Approved." : "Changes requested.");
  }
}

/**
 * Approves the newest revision of the profile's section `sectionId` (without one: of the first section that has a
 * revision) through the JSON route, as the request's user (an editor who wrote nothing); returns the revision id.
 */
export async function approveLatest(request: APIRequestContext, iso: string, sectionId?: string): Promise<string> {
  const state = (await (await request.get(`/api/profiles/${iso}`)).json()) as { sections: { id: string; latestRevision: { id: string } | null }[] };
  const revision = state.sections.find((s) => (sectionId ? s.id === sectionId : s.latestRevision))!.latestRevision!.id;
  const res = await request.post(`/api/revisions/${revision}/decision`, { data: { decision: "approved" } });
  expect(res.status(), await res.text()).toBe(200);
  return revision;
}
