import { bigserial, boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { linkStatuses } from "@/lib/links/link-status";
import { users } from "./auth";
import { sources } from "./citations";

export const archiveOrigins = ["lookup", "manual"] as const;
export const linkCheckRunStates = ["queued", "running", "done"] as const;

/** The link checker's latest finding for a source's URL. */
export const linkChecks = pgTable("link_checks", {
  sourceId: uuid("source_id")
    .primaryKey()
    .references(() => sources.id, { onDelete: "cascade" }),
  url: text("url").notNull(),
  status: text("status", { enum: linkStatuses }).notNull().default("unchecked"),
  httpStatus: integer("http_status"),
  reason: text("reason"),
  finalUrl: text("final_url"),
  failureCount: integer("failure_count").notNull().default(0),
  lastFailureAt: timestamp("last_failure_at", { withTimezone: true }),
  checkedAt: timestamp("checked_at", { withTimezone: true }),
  archiveLookedUpAt: timestamp("archive_looked_up_at", { withTimezone: true }),
});

/** An archive copy of a source's URL: found by the Wayback lookup or pasted by a researcher. */
export const sourceArchives = pgTable("source_archives", {
  sourceId: uuid("source_id")
    .primaryKey()
    .references(() => sources.id, { onDelete: "cascade" }),
  archiveUrl: text("archive_url").notNull(),
  origin: text("origin", { enum: archiveOrigins }).notNull(),
  setBy: uuid("set_by").references(() => users.id, { onDelete: "set null" }),
  setAt: timestamp("set_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A persisted run of the link checker; a lease makes one runner own it across instances and restarts. */
export const linkCheckRuns = pgTable("link_check_runs", {
  id: uuid("id").primaryKey().defaultRandom(),
  state: text("state", { enum: linkCheckRunStates }).notNull().default("queued"),
  force: boolean("force").notNull().default(false),
  total: integer("total").notNull().default(0),
  done: integer("done").notNull().default(0),
  currentHost: text("current_host"),
  requestedBy: uuid("requested_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  leaseOwner: text("lease_owner"),
  leaseUntil: timestamp("lease_until", { withTimezone: true }),
});

export const linkCheckItems = pgTable(
  "link_check_items",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    runId: uuid("run_id")
      .notNull()
      .references(() => linkCheckRuns.id, { onDelete: "cascade" }),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    host: text("host").notNull(),
    done: boolean("done").notNull().default(false),
    outcome: text("outcome"),
    checkedAt: timestamp("checked_at", { withTimezone: true }),
  },
  (t) => [index("link_check_items_run_idx").on(t.runId, t.done)],
);
