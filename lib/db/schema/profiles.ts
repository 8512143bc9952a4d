import { type AnyPgColumn, bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { sectionStatuses } from "../../review/status";
import { bytea } from "./bytea";

export const templateSections = pgTable("template_sections", {
  id: uuid("id").primaryKey().defaultRandom(),
  parentId: uuid("parent_id").references((): AnyPgColumn => templateSections.id, { onDelete: "cascade" }),
  title: text("title").notNull(),
  position: integer("position").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const profiles = pgTable("profiles", {
  id: uuid("id").primaryKey().defaultRandom(),
  countryCode: text("country_code").notNull().unique(),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  lastPublishedAt: timestamp("last_published_at", { withTimezone: true }),
  importProblems: jsonb("import_problems").$type<unknown[]>(),
  /** Set when an admin archived the profile: its drafts leave the workspace, its published versions stay public. */
  archivedAt: timestamp("archived_at", { withTimezone: true }),
  archivedBy: uuid("archived_by").references(() => users.id, { onDelete: "set null" }),
});

export const sections = pgTable(
  "sections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id").references((): AnyPgColumn => sections.id, { onDelete: "cascade" }),
    templateSectionId: uuid("template_section_id").references(() => templateSections.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    position: integer("position").notNull(),
    status: text("status", { enum: sectionStatuses }).notNull().default("draft"),
    yState: bytea("y_state"),
    contentJson: jsonb("content_json").$type<Record<string, unknown>>(),
    contentText: text("content_text").notNull().default(""),
    /** The citation ids of the section in document order (footnote numbering across the profile); null until first derived. */
    citationOrder: text("citation_order").array(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sections_profile_idx").on(t.profileId, t.position)],
);

/** Append-only log of Yjs updates accepted by the collaboration server, compacted into sections.y_state. */
export const sectionUpdates = pgTable(
  "section_updates",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id, { onDelete: "cascade" }),
    update: bytea("update").notNull(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    /** Only open suggestions changed (see lib/collab/changes-real-content.ts): not writing the section for review. */
    suggestionOnly: boolean("suggestion_only").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("section_updates_section_idx").on(t.sectionId, t.id)],
);

export const profileVersions = pgTable(
  "profile_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "restrict" }),
    number: integer("number").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    changelog: text("changelog").notNull(),
    contentHash: text("content_hash").notNull(),
    publishedBy: uuid("published_by").references(() => users.id, { onDelete: "restrict" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("profile_versions_number_idx").on(t.profileId, t.number)],
);
