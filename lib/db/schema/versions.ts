import { index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { profiles, profileVersions } from "./profiles";

/** Every paragraph of a published version as plain text, for full-text search; written with the version, never changed. */
export const publishedParagraphs = pgTable(
  "published_paragraphs",
  {
    versionId: uuid("version_id")
      .notNull()
      .references(() => profileVersions.id, { onDelete: "restrict" }),
    profileId: uuid("profile_id")
      .notNull()
      .references(() => profiles.id, { onDelete: "restrict" }),
    position: integer("position").notNull(),
    sectionId: uuid("section_id").notNull(),
    sectionTitle: text("section_title").notNull(),
    anchor: text("anchor").notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.position] }), index("published_paragraphs_profile_idx").on(t.profileId)],
);
