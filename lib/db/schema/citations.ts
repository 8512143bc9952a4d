import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { sections } from "./profiles";

export const sources = pgTable(
  "sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    csl: jsonb("csl").$type<Record<string, unknown>>().notNull(),
    type: text("type").notNull().default("webpage"),
    title: text("title").notNull(),
    titleTranslation: text("title_translation"),
    language: text("language"),
    url: text("url"),
    normalizedUrl: text("normalized_url").unique(),
    doi: text("doi").unique(),
    mergedInto: uuid("merged_into"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sources_title_idx").on(t.title)],
);

/** A footnote in a section: the editor's citation node stores only this id. */
export const citations = pgTable(
  "citations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sectionId: uuid("section_id")
      .notNull()
      .references(() => sections.id, { onDelete: "cascade" }),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("citations_section_idx").on(t.sectionId)],
);

/** One source cited in a footnote, with its access date and pinpoint. */
export const citationSources = pgTable(
  "citation_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citationId: uuid("citation_id")
      .notNull()
      .references(() => citations.id, { onDelete: "cascade" }),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
    accessedAt: date("accessed_at", { mode: "string" }),
    pinpoint: text("pinpoint"),
  },
  (t) => [index("citation_sources_citation_idx").on(t.citationId)],
);

export const reverificationResults = ["supports", "changed", "gone"] as const;
export type ReverificationResult = (typeof reverificationResults)[number];

/** One re-verification of a cited source: who checked, when, what they found. Never updated. */
export const reverifications = pgTable(
  "reverifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    citationSourceId: uuid("citation_source_id")
      .notNull()
      .references(() => citationSources.id, { onDelete: "cascade" }),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    previousAccessedAt: date("previous_accessed_at", { mode: "string" }),
    accessedAt: date("accessed_at", { mode: "string" }).notNull(),
    result: text("result", { enum: reverificationResults }).notNull().default("supports"),
    note: text("note"),
    archiveUrl: text("archive_url"),
    previousSourceId: uuid("previous_source_id").references(() => sources.id, { onDelete: "set null" }),
    replacementSourceId: uuid("replacement_source_id").references(() => sources.id, { onDelete: "set null" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("reverifications_citation_source_idx").on(t.citationSourceId, t.at)],
);
