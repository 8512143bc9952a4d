import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database, Executor } from "@/lib/db/client";
import { profiles, sections } from "@/lib/db/schema/profiles";
import type { ProseMirrorJSON } from "@/lib/editor/ydoc-content";
import { AppError } from "@/lib/errors";
import { sectionContentColumns } from "@/lib/sections/section-content-columns";
import { parseInput } from "@/lib/validation/parse-input";
import { countryName } from "./countries";
import { createProfileSchema } from "./schemas";
import { listTemplate } from "./template";

const emptyDoc: ProseMirrorJSON = { type: "doc", content: [{ type: "paragraph" }] };

/** Creates a profile's sections from the template (empty documents) inside an open transaction; returns their ids in order. */
export async function insertProfileSections(tx: Executor, profileId: string) {
  const template = await listTemplate(tx);
  const idByTemplate = new Map<string, string>();
  const created: { id: string; title: string }[] = [];
  for (const [position, node] of template.entries()) {
    const [row] = await tx
      .insert(sections)
      .values({
        profileId,
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
  return created;
}

/**
 * Creates a country profile with the template's sections (each seeded on the server with an empty document).
 * @throws AppError (bad country code, profile exists), ForbiddenError
 */
export async function createProfile({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "profile.create");
  const { countryCode } = parseInput(createProfileSchema, input);
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: profiles.id }).from(profiles).where(eq(profiles.countryCode, countryCode)).limit(1);
    if (existing) throw new AppError("conflict:profile", `A profile for ${countryName(countryCode)} already exists.`, { field: "countryCode" });
    const [profile] = await tx.insert(profiles).values({ countryCode, createdBy: actor.id }).returning();
    await insertProfileSections(tx, profile!.id);
    await recordEvent(tx, { actorId: actor.id, type: "profile.create", subjectType: "profile", subjectId: profile!.id, data: { countryCode } });
    return profile!;
  });
}
