"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { replyToThread } from "@/lib/comments/reply-to-thread";
import { setThreadResolved } from "@/lib/comments/set-thread-resolved";
import { startThread } from "@/lib/comments/start-thread";
import { assignReviewer } from "@/lib/review/assign-reviewer";
import { decideRevision } from "@/lib/review/decide-revision";
import { submitForReview } from "@/lib/review/submit-for-review";
import { withdrawSubmission } from "@/lib/review/withdraw-submission";

/** Review changes show on every workspace page (queues, badges, status chips). */
const everything = { path: "/", type: "layout" } as const;

export async function submitForReviewAction(input: { sectionId: string; note?: string }): Promise<ActionResult<{ id: string; number: number }>> {
  return runAction(async ({ actor, db }) => {
    const rev = await submitForReview({ actor, db, input });
    return { id: rev.id, number: rev.number };
  }, { revalidate: everything });
}

export async function withdrawSubmissionAction(input: { revisionId: string }): Promise<ActionResult<null>> {
  return runAction(async ({ actor, db }) => {
    await withdrawSubmission({ actor, db, input });
    return null;
  }, { revalidate: everything });
}

export async function decideRevisionAction(input: { revisionId: string; decision: string; note?: string; contentHash?: string }): Promise<ActionResult<{ status: string }>> {
  return runAction(async ({ actor, db }) => {
    const done = await decideRevision({ actor, db, input });
    return { status: done.status };
  }, { revalidate: everything });
}

export async function assignReviewerAction(input: { revisionId: string; assigneeId: string }): Promise<ActionResult<{ assigneeName: string }>> {
  return runAction(({ actor, db }) => assignReviewer({ actor, db, input }), { revalidate: everything });
}

export async function startThreadAction(input: unknown): Promise<ActionResult<{ threadId: string }>> {
  return runAction(({ actor, db }) => startThread({ actor, db, input }), { revalidate: everything });
}

export async function replyToThreadAction(input: { threadId: string; body: string }): Promise<ActionResult<{ messageId: string }>> {
  return runAction(({ actor, db }) => replyToThread({ actor, db, input }), { revalidate: everything });
}

export async function setThreadResolvedAction(input: { threadId: string; resolved: boolean }): Promise<ActionResult<null>> {
  return runAction(async ({ actor, db }) => {
    await setThreadResolved({ actor, db, input });
    return null;
  }, { revalidate: everything });
}
