import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { profiles } from "@/lib/db/schema/profiles";
import { AppError } from "@/lib/errors";
import { countryName } from "@/lib/profiles/countries";
import { insertProfile } from "@/lib/profiles/insert-profile";
import { writeSectionContent, type NewCitation } from "@/lib/sections/write-section-content";
import { paragraphsToDoc } from "./paragraphs-to-doc";
import { parseImportFile } from "./parse-import-file";
import type { ProfileFile } from "./parse-profile-in-worker";
import { resolveImportSources } from "./resolve-import-sources";
import { sortProblems } from "./sort-problems";
import { matchSectionTitle, unmatchedSectionProblems } from "./unmatched-section-problems";
import type { Problem } from "./types";

export interface ImportResult {
  profileId: string;
  countryCode: string;
  sections: number;
  citations: number;
  sourcesCreated: number;
  sourcesReused: number;
  problems: Problem[];
  /** What a problem's `line` counts: lines of a plain-text file, paragraphs of a Word document. */
  position: "line" | "paragraph";
}

/**
 * Imports a profile in the plain-text form or from a Word document: the profile from the template as
 * stored, each section's Yjs state built here on the server, deduplicated sources (a Word file exported
 * by Folio names its sources by id and is relinked to them) and one citation per note reference;
 * problems are kept on the profile. The file is parsed in a worker thread with a time budget.
 * @throws AppError (not a profile, not a Word document, too long, parsing over budget, unknown country, profile exists; nothing is written), ForbiddenError
 */
export async function importProfile({ actor, db, text, file, now }: { actor: Actor; db: Database; text?: string; file?: ProfileFile; now?: string | Date }): Promise<ImportResult> {
  authorize(actor, "import.run");
  const parsed = await parseImportFile(db, { text, file, now });
  const code = parsed.code;

  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: profiles.id }).from(profiles).where(eq(profiles.countryCode, code)).limit(1);
    if (existing) throw new AppError("conflict:profile", `A profile for ${countryName(code)} already exists; nothing was imported. Choose “Import as a new draft of the existing profile” to propose the file’s text as changes to it.`, { field: "file" });
    const inserted = await insertProfile(tx, { countryCode: code, createdBy: actor.id, importProblems: [] });
    const created = { id: inserted.profile.id, sections: inserted.sections };

    const { sourceOf, created: sourcesCreated, reused: sourcesReused } = await resolveImportSources(tx, parsed, actor.id);
    const notesByNumber = new Map(parsed.notes.map((n) => [n.number, n]));
    const problems = [...parsed.problems, ...unmatchedSectionProblems(parsed, created.sections.map((s) => s.title))];
    let citationCount = 0;
    let sectionCount = 0;
    for (const ps of parsed.sections) {
      const sectionId = matchSectionTitle(ps, created.sections)?.id;
      if (!sectionId) continue;
      if (ps.paragraphs.length === 0) continue;
      const pending: NewCitation[] = [];
      const doc = paragraphsToDoc(ps.paragraphs, (n) => {
        const items = (notesByNumber.get(n)?.citations ?? []).flatMap((c) => {
          const sourceId = sourceOf(c);
          return sourceId ? [{ sourceId, accessed: c.accessed, pinpoint: c.pinpoint }] : [];
        });
        if (items.length === 0) return null;
        const id = crypto.randomUUID();
        pending.push({ id, items });
        return id;
      });
      await writeSectionContent(tx, { sectionId, doc, citations: pending, createdBy: actor.id, origin: "Imported from a file" });
      citationCount += pending.length;
      sectionCount++;
    }
    const sorted = sortProblems(problems);
    await tx.update(profiles).set({ importProblems: sorted }).where(eq(profiles.id, created.id));
    const result: ImportResult = {
      profileId: created.id,
      countryCode: code,
      sections: sectionCount,
      citations: citationCount,
      sourcesCreated,
      sourcesReused,
      problems: sorted,
      position: file?.kind === "docx" ? "paragraph" : "line",
    };
    await recordEvent(tx, { actorId: actor.id, type: "profile.import", subjectType: "profile", subjectId: created.id, data: { ...result, position: undefined, problems: sorted.length, lastUpdated: parsed.lastUpdated, format: file?.kind ?? "text" } });
    return result;
  });
}
