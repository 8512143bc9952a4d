"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { replyToThread } from "@/lib/comments/reply-to-thread";
import { setThreadResolved } from "@/lib/comments/set-thread-resolved";
import { startThread } from "@/lib/comments/start-thread";
import { assignReviewer } from "@/lib/review/assign-reviewer";
import { decideRevision } from "@/lib/review/decide-revision";
import { publishSectionStatus } from "@/lib/review/publish-section-status";
import { submitForReview } from "@/lib/review/submit-for-review";
import { withdrawSubmission } from "@/lib/review/withdraw-submission";

const refresh = () => revalidatePath("/", "layout");

export async function submitForReviewAction(input: { sectionId: string; note?: string }): Promise<ActionResult<{ id: string; number: number }>> {
  const result = await runAction(async ({ actor, db }) => {
    const rev = await submitForReview({ actor, db, input });
    publishSectionStatus(rev);
    return { id: rev.id, number: rev.number };
  });
  if (result.ok) refresh();
  return result;
}

export async function withdrawSubmissionAction(input: { revisionId: string }): Promise<ActionResult<null>> {
  const result = await runAction(async ({ actor, db }) => {
    publishSectionStatus(await withdrawSubmission({ actor, db, input }));
    return null;
  });
  if (result.ok) refresh();
  return result;
}

export async function decideRevisionAction(input: { revisionId: string; decision: string; note?: string; contentHash?: string }): Promise<ActionResult<{ status: string }>> {
  const result = await runAction(async ({ actor, db }) => {
    const done = await decideRevision({ actor, db, input });
    publishSectionStatus(done);
    return { status: done.status };
  });
  if (result.ok) refresh();
  return result;
}

export async function assignReviewerAction(input: { revisionId: string; assigneeId: string }): Promise<ActionResult<{ assigneeName: string }>> {
  const result = await runAction(({ actor, db }) => assignReviewer({ actor, db, input }));
  if (result.ok) refresh();
  return result;
}

export async function startThreadAction(input: unknown): Promise<ActionResult<{ threadId: string }>> {
  const result = await runAction(({ actor, db }) => startThread({ actor, db, input }));
  if (result.ok) refresh();
  return result;
}

export async function replyToThreadAction(input: { threadId: string; body: string }): Promise<ActionResult<{ messageId: string }>> {
  const result = await runAction(({ actor, db }) => replyToThread({ actor, db, input }));
  if (result.ok) refresh();
  return result;
}

export async function setThreadResolvedAction(input: { threadId: string; resolved: boolean }): Promise<ActionResult<null>> {
  const result = await runAction(async ({ actor, db }) => {
    await setThreadResolved({ actor, db, input });
    return null;
  });
  if (result.ok) refresh();
  return result;
}
