import { describe, expect, it } from "vitest";
import { sources } from "@/lib/db/schema/citations";
import { replyToThread } from "@/lib/comments/reply-to-thread";
import { startThread } from "@/lib/comments/start-thread";
import { addTemplateSection } from "@/lib/profiles/edit-template";
import { submitForReview } from "@/lib/review/submit-for-review";
import { controlCharacterCorpus } from "@/lib/test/control-character-corpus";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { createUser } from "@/lib/users/create-user";
import { addSource } from "./add-source";

const db = testDatabaseForFile();

describe("control characters at the boundaries", () => {
  it(`refuses every string of the corpus (${controlCharacterCorpus.length}) in every field of a new source, naming the field, and stores nothing`, async () => {
    expect(controlCharacterCorpus.length).toBeGreaterThanOrEqual(100);
    const researcher = await buildUser(db(), { role: "researcher" });
    const fields = ["title", "titleTranslation", "publisher", "authors", "issued", "url"] as const;
    let refused = 0;
    for (const hostile of controlCharacterCorpus) {
      for (const field of fields) {
        const input = { mode: "manual", title: "A clean title", [field]: field === "url" ? `https://example.org/${hostile}` : hostile };
        await expect(addSource({ actor: researcher.actor, db: db(), input })).rejects.toMatchObject({ code: "bad_request:input", field });
        refused++;
      }
      await expect(addSource({ actor: researcher.actor, db: db(), input: { mode: "paste", text: `@misc{k, title={${hostile}}}` } })).rejects.toMatchObject({ field: "text" });
      refused++;
    }
    expect(refused).toBe(controlCharacterCorpus.length * (fields.length + 1));
    expect(await db().select().from(sources)).toHaveLength(0);
  });

  it("refuses them in comments, notes, template titles and user names too", async () => {
    const admin = await buildUser(db(), { role: "admin" });
    const profile = await buildProfile(db(), { countryCode: "NO" });
    const sectionId = profile.sections[0]!.id;
    for (const hostile of ["\u0000", "a\u0001b", "\uD800"]) {
      await expect(submitForReview({ actor: admin.actor, db: db(), input: { sectionId, note: hostile } })).rejects.toMatchObject({ field: "note" });
      await expect(startThread({ actor: admin.actor, db: db(), input: { sectionId, anchorFrom: { tname: "default" }, anchorTo: { tname: "default" }, quote: "q", body: hostile } })).rejects.toMatchObject({ field: "body" });
      await expect(replyToThread({ actor: admin.actor, db: db(), input: { threadId: crypto.randomUUID(), body: hostile } })).rejects.toMatchObject({ field: "body" });
      await expect(addTemplateSection({ actor: admin.actor, db: db(), input: { title: hostile } })).rejects.toMatchObject({ field: "title" });
      await expect(createUser({ actor: admin.actor, db: db(), input: { email: "x@example.org", name: hostile, role: "viewer", password: "long enough password" } })).rejects.toMatchObject({ field: "name" });
    }
  });
});
