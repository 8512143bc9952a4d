import type { Executor } from "@/lib/db/client";
import { profiles, sections } from "@/lib/db/schema/profiles";
import type { ProseMirrorJSON } from "@/lib/editor/ydoc-content";
import { sectionContentColumns } from "@/lib/sections/section-content-columns";
import { listTemplate } from "./template";

const emptyDoc: ProseMirrorJSON = { type: "doc", content: [{ type: "paragraph" }] };

export interface InsertedProfile {
  profile: typeof profiles.$inferSelect;
  /** The template's sections as created, in order. */
  sections: { id: string; title: string }[];
}

/**
 * The one place a profile row is created (creating, importing, the demo seed, test factories): the profile and
 * the template's sections (each seeded on the server with an empty document), inside the caller's transaction.
 * Callers check that no profile exists for the country and write the audit row.
 */
export async function insertProfile(tx: Executor, { countryCode, createdBy, importProblems }: { countryCode: string; createdBy?: string | null; importProblems?: unknown[] }): Promise<InsertedProfile> {
  const [profile] = await tx
    .insert(profiles)
    .values({ countryCode, createdBy: createdBy ?? null, ...(importProblems ? { importProblems } : {}) })
    .returning();
  const template = await listTemplate(tx);
  const idByTemplate = new Map<string, string>();
  const created: { id: string; title: string }[] = [];
  for (const [position, node] of template.entries()) {
    const [row] = await tx
      .insert(sections)
      .values({
        profileId: profile!.id,
        parentId: node.parentId ? (idByTemplate.get(node.parentId) ?? null) : null,
        templateSectionId: node.id,
        title: node.title,
        position,
        ...sectionContentColumns(emptyDoc),
      })
      .returning({ id: sections.id });
    idByTemplate.set(node.id, row!.id);
    created.push({ id: row!.id, title: node.title });
  }
  return { profile: profile!, sections: created };
}
