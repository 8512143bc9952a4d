import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { bytea } from "./bytea";
import { sections } from "./profiles";

export const reviewDecisions = ["approved", "changes_requested"] as const;

/**
 * A footnote of a revision as it stood when frozen: copied, so later merges, edits, re-verification or archiving
 * do not change it; publishing copies from here. `titleTranslation` and `archiveUrl` are absent on revisions
 * frozen before they were copied (publishing then reads the archive copy from the CSL only).
 */
export interface FrozenCitation {
  citationId: string;
  items: { sourceId: string; title: string; url: string | null; doi: string | null; type: string; csl: Record<string, unknown>; accessed: string | null; pinpoint: string | null; titleTranslation?: string | null; archiveUrl?: string | null }[];
}

export const revisionKinds = ["submission", "baseline"] as const;
/** `baseline`: content written by an import, the demo seed or another server writer (never reviewed; the first submission is compared with it). */

/** A frozen submission of a section; the database refuses updates and deletes. */
export const revisions = pgTable(
  "revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id, { onDelete: "restrict" }),
    number: integer("number").notNull(),
    kind: text("kind", { enum: revisionKinds }).notNull().default("submission"),
    yState: bytea("y_state").notNull(),
    contentJson: jsonb("content_json").$type<Record<string, unknown>>().notNull(),
    contentText: text("content_text").notNull().default(""),
    citations: jsonb("citations").$type<FrozenCitation[]>().notNull(),
    /** SHA-256 (hex) of y_state. */
    contentHash: text("content_hash").notNull(),
    /** Everyone who wrote a change since the last approved revision (from the update log). */
    authors: jsonb("authors").$type<string[]>().notNull().default([]),
    /** The highest update-log id this revision includes (authorship is counted after it). */
    throughUpdateId: bigint("through_update_id", { mode: "number" }).notNull().default(0),
    note: text("note"),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("revisions_number_idx").on(t.sectionId, t.number)],
);

/** The decision on a revision: at most one (the unique index makes exactly one of two concurrent decisions land). */
export const reviews = pgTable(
  "reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => revisions.id, { onDelete: "cascade" }),
    reviewerId: uuid("reviewer_id").references(() => users.id, { onDelete: "set null" }),
    decision: text("decision", { enum: reviewDecisions }).notNull(),
    /** The revision's content hash the decision was made on. */
    contentHash: text("content_hash").notNull(),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("reviews_revision_idx").on(t.revisionId)],
);

/** An approval dismissed by a later submission of the same section: it no longer decides what publishes. */
export const approvalDismissals = pgTable("approval_dismissals", {
  reviewId: uuid("review_id")
    .primaryKey()
    .references(() => reviews.id, { onDelete: "cascade" }),
  /** The submission that dismissed it. */
  byRevisionId: uuid("by_revision_id")
    .notNull()
    .references(() => revisions.id, { onDelete: "cascade" }),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

export const revisionWithdrawals = pgTable("revision_withdrawals", {
  revisionId: uuid("revision_id")
    .primaryKey()
    .references(() => revisions.id, { onDelete: "cascade" }),
  withdrawnBy: uuid("withdrawn_by").references(() => users.id, { onDelete: "set null" }),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

export const reviewAssignments = pgTable("review_assignments", {
  revisionId: uuid("revision_id")
    .primaryKey()
    .references(() => revisions.id, { onDelete: "cascade" }),
  assigneeId: uuid("assignee_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  assignedBy: uuid("assigned_by").references(() => users.id, { onDelete: "set null" }),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});

/** Who wrote to a section, up to which update-log id: kept when compaction deletes the log rows. */
export const sectionWriters = pgTable(
  "section_writers",
  {
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lastUpdateId: bigint("last_update_id", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sectionId, t.userId] })],
);

/** A Yjs relative position as Y.relativePositionToJSON gives it. */
export type AnchorJSON = Record<string, unknown>;

/** A comment thread anchored to text of a section (not stored in the document). */
export const commentThreads = pgTable(
  "comment_threads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id, { onDelete: "cascade" }),
    /** The revision it was started on, when started in the review view. */
    revisionId: uuid("revision_id").references(() => revisions.id, { onDelete: "set null" }),
    anchorFrom: jsonb("anchor_from").$type<AnchorJSON>().notNull(),
    anchorTo: jsonb("anchor_to").$type<AnchorJSON>().notNull(),
    quote: text("quote").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("comment_threads_section_idx").on(t.sectionId)],
);

export const commentMessages = pgTable(
  "comment_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    threadId: uuid("thread_id")
      .notNull()
      .references(() => commentThreads.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("comment_messages_thread_idx").on(t.threadId, t.createdAt)],
);

export const notificationKinds = ["submitted", "assigned", "approved", "changes_requested", "reply", "thread", "mention"] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: notificationKinds }).notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    sectionId: uuid("section_id").references(() => sections.id, { onDelete: "cascade" }),
    revisionId: uuid("revision_id").references(() => revisions.id, { onDelete: "cascade" }),
    threadId: uuid("thread_id").references(() => commentThreads.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp("read_at", { withTimezone: true }),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);
