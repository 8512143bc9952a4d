import { describe, expect, it } from "vitest";
import { parseReviewStatusMessage } from "@/lib/collab/review-status-message";
import type { DatabaseHandle } from "@/lib/db/client";
import { decideRevision } from "@/lib/review/decide-revision";
import { submitForReview } from "@/lib/review/submit-for-review";
import { withdrawSubmission } from "@/lib/review/withdraw-submission";
import { buildProfile, buildUser } from "@/lib/test/factories";
import { testDatabaseForFile } from "@/lib/test/test-database-for-file";
import { startEventDispatcher } from "./start-event-dispatcher";

let handle: DatabaseHandle;
const db = testDatabaseForFile(async (h) => {
  handle = h;
});

describe("review commands and the status broadcast", () => {
  it("every status change a review command commits reaches the profile's channel and the countries list, in order", async () => {
    const heard: string[] = [];
    const collab = {
      broadcastToProfile: (profileId: string, payload: string) => heard.push(`${profileId === profile.id ? "profile" : "other profile"} ${parseReviewStatusMessage(payload)?.status}`),
      broadcastToAllProfiles: (payload: string) => heard.push(`all ${parseReviewStatusMessage(payload)?.sectionId === sectionId ? "this section" : "another"} ${parseReviewStatusMessage(payload)?.status}`),
    };
    const profile = await buildProfile(db(), { countryCode: "NO" });
    const sectionId = profile.sections[0]!.id;
    const researcher = await buildUser(db(), { role: "researcher" });
    const editor = await buildUser(db(), { role: "editor" });
    const dispatcher = await startEventDispatcher({ handle, services: { collab, publicCache: { invalidate: () => {} }, linkChecker: null }, log: () => {} });
    try {
      const first = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId } });
      await withdrawSubmission({ actor: researcher.actor, db: db(), input: { revisionId: first.id } });
      const second = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId } });
      await decideRevision({ actor: editor.actor, db: db(), input: { revisionId: second.id, decision: "changes_requested", note: "More sources." } });
      const third = await submitForReview({ actor: researcher.actor, db: db(), input: { sectionId } });
      await decideRevision({ actor: editor.actor, db: db(), input: { revisionId: third.id, decision: "approved" } });
      // A refused command records nothing, so nothing is broadcast for it.
      await expect(withdrawSubmission({ actor: researcher.actor, db: db(), input: { revisionId: third.id } })).rejects.toThrow();
      const statuses = ["in_review", "draft", "in_review", "changes_requested", "in_review", "approved"];
      await expect.poll(() => heard.length).toBe(statuses.length * 2);
      await dispatcher.idle();
      expect(heard).toEqual(statuses.flatMap((s) => [`profile ${s}`, `all this section ${s}`]));
    } finally {
      await dispatcher.stop();
    }
  });
});
