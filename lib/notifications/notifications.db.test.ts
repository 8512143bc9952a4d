import { describe, expect, it } from "vitest";
import { sectionWriters } from "@/lib/db/schema/review";
import { startThread } from "@/lib/comments/start-thread";
import { replyToThread } from "@/lib/comments/reply-to-thread";
import { assignReviewer } from "@/lib/review/assign-reviewer";
import { decideRevision } from "@/lib/review/decide-revision";
import { submitForReview } from "@/lib/review/submit-for-review";
import { writeSectionContent } from "@/lib/sections/write-section-content";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { listNotifications, markNotificationRead, unreadCount } from "./queries";

const db = testDatabaseForFile();

describe("notifications", () => {
  it("name the profile and section, link to the revision or the thread, and are marked read one by one", async () => {
    const profile = await buildProfile(db(), { countryCode: "PT" });
    const section = profile.sections[0]!;
    await writeSectionContent(db(), { sectionId: section.id, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "The citizen card is compulsory from age six." }] }] }, createdBy: null });
    const researcher = await buildUser(db(), { role: "researcher", name: "Rita Researcher" });
    const editor = await buildUser(db(), { role: "editor", name: "Eva Editor" });
    const reviewer = await buildUser(db(), { role: "editor", name: "Rui Reviewer" });
    const viewer = await buildUser(db(), { role: "viewer", name: "Vera Viewer" });
    const where = `Portugal › ${section.title}`;

    const rev = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId: section.id } });
    await assignReviewer({ actor: editor.actor, db: db(), input: { revisionId: rev.id, assigneeId: reviewer.id } });
    const { threadId } = await startThread({ actor: viewer.actor, db: db(), input: { revisionId: rev.id, from: 5, to: 16, body: "Is this right, @rui reviewer?" } });
    await replyToThread({ actor: researcher.actor, db: db(), input: { threadId, body: "Yes; see the 2006 law. @Vera Viewer" } });
    await decideRevision({ actor: reviewer.actor, db: db(), input: { revisionId: rev.id, decision: "changes_requested", note: "Cite the law." } });

    const review = `/review/${rev.id}`;
    const thread = `/review/${rev.id}#thread-${threadId}`;
    expect((await listNotifications({ actor: reviewer.actor, db: db() })).map(({ text, where: w, href }) => ({ text, where: w, href }))).toEqual([
      { text: "Vera Viewer mentioned you on “citizen car”", where, href: thread },
      { text: "Eva Editor asked you to review revision 1", where, href: review },
      { text: "Rita Researcher submitted revision 1 for review", where, href: review },
    ]);
    const rita = await listNotifications({ actor: researcher.actor, db: db() });
    expect(rita.map(({ text, href }) => ({ text, href }))).toEqual([
      { text: "Rui Reviewer requested changes to revision 1: Cite the law.", href: review },
      { text: "Vera Viewer started a thread on “citizen car”", href: thread },
    ]);
    expect((await listNotifications({ actor: viewer.actor, db: db() })).map((n) => n.text)).toEqual(["Rita Researcher mentioned you on “citizen car”"]);

    expect(await unreadCount({ actor: researcher.actor, db: db() })).toBe(2);
    await markNotificationRead({ actor: researcher.actor, db: db(), input: { id: rita[1]!.id } });
    expect(await unreadCount({ actor: researcher.actor, db: db() })).toBe(1);
    const after = await listNotifications({ actor: researcher.actor, db: db() });
    expect(after.map((n) => n.readAt !== null)).toEqual([false, true]);
    // Someone else's notification is not found (and stays unread); a bad id names the field.
    await expect(markNotificationRead({ actor: viewer.actor, db: db(), input: { id: rita[0]!.id } })).rejects.toMatchObject({ status: 404, field: "id" });
    await expect(markNotificationRead({ actor: viewer.actor, db: db(), input: { id: "nope" } })).rejects.toMatchObject({ status: 400, field: "id" });
    expect(await unreadCount({ actor: researcher.actor, db: db() })).toBe(1);
  });

  it("a thread on a draft links to the section editor and tells the section's writers", async () => {
    const profile = await buildProfile(db(), { countryCode: "UY" });
    const section = profile.sections[0]!;
    const writer = await buildUser(db(), { role: "researcher", name: "Wen Writer" });
    await writeSectionContent(db(), { sectionId: section.id, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Cédula de identidad." }] }] }, createdBy: writer.id });
    await db().insert(sectionWriters).values({ sectionId: section.id, userId: writer.id, lastUpdateId: 1 });
    const viewer = await buildUser(db(), { role: "viewer", name: "Val Viewer" });
    const { threadId } = await startThread({ actor: viewer.actor, db: db(), input: { sectionId: section.id, anchorFrom: { tname: "default", assoc: 0 }, anchorTo: { tname: "default", assoc: 0 }, quote: "Cédula", body: "Source?" } });
    expect((await listNotifications({ actor: writer.actor, db: db() })).map(({ text, where, href }) => ({ text, where, href }))).toEqual([
      { text: "Val Viewer started a thread on “Cédula”", where: `Uruguay › ${section.title}`, href: `/countries/uy/sections/${section.id}#thread-${threadId}` },
    ]);
  });
});
