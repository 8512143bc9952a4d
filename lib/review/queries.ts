import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { authorize, type Actor } from "@/lib/auth/policies";
import type { Executor } from "@/lib/db/client";
import { users } from "@/lib/db/schema/auth";
import { profiles, sections } from "@/lib/db/schema/profiles";
import { approvalDismissals, commentThreads, reviewAssignments, reviews, revisions, revisionWithdrawals, type FrozenCitation } from "@/lib/db/schema/review";
import { AppError } from "@/lib/errors";
import type { SectionStatus } from "./status";

export type RevisionState = "baseline" | "open" | "approved" | "approval_dismissed" | "changes_requested" | "withdrawn" | "superseded";

export interface RevisionSummary {
  id: string;
  sectionId: string;
  number: number;
  contentHash: string;
  state: RevisionState;
  submittedBy: string | null;
  submitterName: string | null;
  authors: string[];
  note: string | null;
  createdAt: Date;
  decidedBy: string | null;
  deciderName: string | null;
  decisionNote: string | null;
  decidedAt: Date | null;
}

const submitter = alias(users, "submitter");
const decider = alias(users, "decider");

function stateOf(r: { kind: string; decision: string | null; withdrawn: Date | null; dismissed: Date | null; number: number }, latest: number, sectionStatus: SectionStatus): RevisionState {
  if (r.kind === "baseline") return "baseline";
  if (r.decision === "approved") return r.dismissed ? "approval_dismissed" : "approved";
  if (r.decision === "changes_requested") return "changes_requested";
  if (r.withdrawn) return "withdrawn";
  if (r.number === latest && sectionStatus === "in_review") return "open";
  return "superseded";
}

/** Every revision of a section, newest first, with its state (open, decided, withdrawn or superseded). */
export async function listRevisions({ actor, db, sectionId }: { actor: Actor; db: Executor; sectionId: string }): Promise<RevisionSummary[]> {
  authorize(actor, "review.read");
  const [section] = await db.select({ status: sections.status }).from(sections).where(eq(sections.id, sectionId)).limit(1);
  if (!section) throw new AppError("not_found:section", "That section does not exist.", { field: "sectionId" });
  const rows = await db
    .select({
      id: revisions.id,
      sectionId: revisions.sectionId,
      number: revisions.number,
      kind: revisions.kind,
      contentHash: revisions.contentHash,
      submittedBy: revisions.submittedBy,
      submitterName: submitter.name,
      authors: revisions.authors,
      note: revisions.note,
      createdAt: revisions.createdAt,
      decision: reviews.decision,
      decidedBy: reviews.reviewerId,
      deciderName: decider.name,
      decisionNote: reviews.note,
      decidedAt: reviews.createdAt,
      withdrawn: revisionWithdrawals.at,
      dismissed: approvalDismissals.at,
    })
    .from(revisions)
    .leftJoin(submitter, eq(submitter.id, revisions.submittedBy))
    .leftJoin(reviews, eq(reviews.revisionId, revisions.id))
    .leftJoin(decider, eq(decider.id, reviews.reviewerId))
    .leftJoin(revisionWithdrawals, eq(revisionWithdrawals.revisionId, revisions.id))
    .leftJoin(approvalDismissals, eq(approvalDismissals.reviewId, reviews.id))
    .where(eq(revisions.sectionId, sectionId))
    .orderBy(desc(revisions.number));
  const latest = rows[0]?.number ?? 0;
  return rows.map(({ decision, withdrawn, dismissed, kind, ...r }) => ({ ...r, state: stateOf({ kind, decision, withdrawn, dismissed, number: r.number }, latest, section.status) }));
}

export interface RevisionContent {
  id: string;
  sectionId: string;
  number: number;
  contentJson: Record<string, unknown>;
  contentText: string;
  citations: FrozenCitation[];
  contentHash: string;
}

/** A revision's frozen content. @throws AppError `not_found:revision` */
export async function getRevisionContent({ actor, db, revisionId }: { actor: Actor; db: Executor; revisionId: string }): Promise<RevisionContent> {
  authorize(actor, "review.read");
  const [row] = await db
    .select({ id: revisions.id, sectionId: revisions.sectionId, number: revisions.number, contentJson: revisions.contentJson, contentText: revisions.contentText, citations: revisions.citations, contentHash: revisions.contentHash })
    .from(revisions)
    .where(eq(revisions.id, revisionId))
    .limit(1);
  if (!row) throw new AppError("not_found:revision", "That revision does not exist.", { field: "revisionId" });
  return row;
}

/**
 * What a revision is compared against: the newest revision of the section numbered below `before` that was
 * approved or is a baseline (content written by an import or the seed), or null (an empty section).
 */
export async function previousApprovedRevisionId(db: Executor, sectionId: string, before: number): Promise<string | null> {
  const [row] = await db
    .select({ id: revisions.id })
    .from(revisions)
    .leftJoin(reviews, eq(reviews.revisionId, revisions.id))
    .where(and(eq(revisions.sectionId, sectionId), or(eq(reviews.decision, "approved"), eq(revisions.kind, "baseline")), sql`${revisions.number} < ${before}`))
    .orderBy(desc(revisions.number))
    .limit(1);
  return row?.id ?? null;
}

export interface QueueItem {
  revisionId: string;
  number: number;
  sectionId: string;
  sectionTitle: string;
  countryCode: string;
  submittedBy: string | null;
  submitterName: string | null;
  authors: string[];
  submittedAt: Date;
  assigneeId: string | null;
  assigneeName: string | null;
  openThreads: number;
}

const assignee = alias(users, "assignee");

/** Open submissions across profiles, oldest first; `assignedToMe` keeps those assigned to the actor. */
export async function reviewQueue({ actor, db, assignedToMe = false }: { actor: Actor; db: Executor; assignedToMe?: boolean }): Promise<QueueItem[]> {
  authorize(actor, "review.queue");
  const latest = db.select({ sectionId: revisions.sectionId, number: sql<number>`max(${revisions.number})`.as("latest_number") }).from(revisions).groupBy(revisions.sectionId).as("latest");
  const rows = await db
    .select({
      revisionId: revisions.id,
      number: revisions.number,
      sectionId: sections.id,
      sectionTitle: sections.title,
      countryCode: profiles.countryCode,
      submittedBy: revisions.submittedBy,
      submitterName: submitter.name,
      authors: revisions.authors,
      submittedAt: revisions.createdAt,
      assigneeId: reviewAssignments.assigneeId,
      assigneeName: assignee.name,
      openThreads: sql<number>`(select count(*)::int from ${commentThreads} where ${commentThreads.sectionId} = ${sections.id} and ${commentThreads.resolvedAt} is null)`,
    })
    .from(revisions)
    .innerJoin(latest, and(eq(latest.sectionId, revisions.sectionId), eq(latest.number, revisions.number)))
    .innerJoin(sections, and(eq(sections.id, revisions.sectionId), eq(sections.status, "in_review")))
    .innerJoin(profiles, eq(profiles.id, sections.profileId))
    .leftJoin(submitter, eq(submitter.id, revisions.submittedBy))
    .leftJoin(reviewAssignments, eq(reviewAssignments.revisionId, revisions.id))
    .leftJoin(assignee, eq(assignee.id, reviewAssignments.assigneeId))
    .where(assignedToMe ? eq(reviewAssignments.assigneeId, actor.id) : undefined)
    .orderBy(asc(revisions.createdAt));
  return rows;
}

/** Active editors and admins, for the assign menu. */
export async function listReviewers({ actor, db }: { actor: Actor; db: Executor }): Promise<{ id: string; name: string }[]> {
  authorize(actor, "review.queue");
  return db.select({ id: users.id, name: users.name }).from(users).where(and(inArray(users.role, ["editor", "admin"]), eq(users.disabled, false))).orderBy(asc(users.name));
}

/** Unresolved thread counts per section. */
export async function openThreadCounts(db: Executor, sectionIds: string[]): Promise<Map<string, number>> {
  if (sectionIds.length === 0) return new Map();
  const rows = await db
    .select({ sectionId: commentThreads.sectionId, n: sql<number>`count(*)::int` })
    .from(commentThreads)
    .where(and(inArray(commentThreads.sectionId, sectionIds), isNull(commentThreads.resolvedAt)))
    .groupBy(commentThreads.sectionId);
  return new Map(rows.map((r) => [r.sectionId, r.n]));
}
