import { asc, eq, inArray } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import { createSectionStore } from "@/lib/collab/section-store";
import type { Database } from "@/lib/db/client";
import { insertCitation } from "@/lib/citations/insert-citation";
import { citationSources } from "@/lib/db/schema/citations";
import { profiles, sections } from "@/lib/db/schema/profiles";
import { citationIds } from "@/lib/editor/citation-ids";
import { deriveContent, type ProseMirrorJSON } from "@/lib/editor/ydoc-content";
import { AppError } from "@/lib/errors";
import { countryName } from "@/lib/profiles/countries";
import { submitForReview } from "@/lib/review/submit-for-review";
import { editLiveSection } from "@/lib/sections/edit-live-section";
import { flushSectionEdits } from "@/lib/sections/flush-section-edits";
import { replaceSectionFragment } from "@/lib/sections/replace-section-fragment";
import { sectionContentColumns } from "@/lib/sections/section-content-columns";
import type { NewCitation } from "@/lib/sections/write-section-content";
import { paragraphsToDoc } from "./paragraphs-to-doc";
import { parseImportFile } from "./parse-import-file";
import type { ProfileFile } from "./parse-profile-in-worker";
import { resolveImportSources } from "./resolve-import-sources";
import { reuseBlockIds } from "./reuse-block-ids";
import { sortProblems } from "./sort-problems";
import { matchSectionTitle, unmatchedSectionProblems } from "./unmatched-section-problems";
import type { Problem } from "./types";

/** What the import did to one section of the profile. */
export interface SectionImportChange {
  sectionId: string;
  title: string;
  /** `changed`: submitted for review as `revision`; `unchanged`: the file holds the current text; `not-in-file`: no text for it in the file (left as it is); `failed`: see `error`. */
  change: "changed" | "unchanged" | "not-in-file" | "failed";
  revision: { id: string; number: number } | null;
  /** Characters of text before and after (footnote markers not counted). */
  charactersBefore: number;
  charactersAfter: number;
  error?: string;
}

export interface DraftImportResult {
  profileId: string;
  countryCode: string;
  sections: SectionImportChange[];
  /** Sections submitted for review. */
  changed: number;
  /** Footnotes created (a footnote citing the same sources as one of the section's keeps its id). */
  citations: number;
  sourcesCreated: number;
  sourcesReused: number;
  problems: Problem[];
  position: "line" | "paragraph";
}

interface Planned {
  sectionId: string;
  title: string;
  json: ProseMirrorJSON | null;
  before: number;
  after: number;
}

const signature = (items: { sourceId: string; pinpoint?: string | null }[]) => items.map((i) => `${i.sourceId}@${i.pinpoint ?? ""}`).join(";");

/**
 * Imports a profile file (plain text or Word, read against the stored template) into the existing profile of its
 * country as a new draft: every section whose text differs from the current one is changed through the
 * collaboration server's normal path (`editLiveSection`) and submitted for review by the importer, so a
 * reviewer sees a redline against the text it replaces; sources go through `findOrCreateSource`. Audited as
 * `profile.import_draft` with the per-section report.
 * @throws AppError (not a profile, unknown country, no such profile, archived profile; nothing is written), ForbiddenError
 */
export async function importIntoProfile({ actor, db, text, file, now }: { actor: Actor; db: Database; text?: string; file?: ProfileFile; now?: string | Date }): Promise<DraftImportResult> {
  authorize(actor, "import.intoProfile");
  const user = actor;
  const parsed = await parseImportFile(db, { text, file, now });
  const [profile] = await db.select({ id: profiles.id, archivedAt: profiles.archivedAt }).from(profiles).where(eq(profiles.countryCode, parsed.code)).limit(1);
  if (!profile) throw new AppError("not_found:profile", `There is no profile for ${countryName(parsed.code)} yet; import the file as a new profile.`, { field: "file" });
  if (profile.archivedAt) throw new AppError("conflict:profile", `The profile for ${countryName(parsed.code)} is archived; nothing was imported.`, { field: "file" });

  const list = await db.select({ id: sections.id, title: sections.title }).from(sections).where(eq(sections.profileId, profile.id)).orderBy(asc(sections.position));
  const problems = [...parsed.problems, ...unmatchedSectionProblems(parsed, list.map((s) => s.title))];
  const fileText = new Map<string, (typeof parsed.sections)[number]>();
  for (const ps of parsed.sections) {
    const target = matchSectionTitle(ps, list);
    if (target && ps.paragraphs.length > 0) fileText.set(target.id, ps);
  }

  // The current text of every section the file speaks to, with what this process's collaboration server holds.
  const store = createSectionStore(db);
  const current = new Map<string, { json: ProseMirrorJSON; text: string }>();
  for (const id of fileText.keys()) {
    await flushSectionEdits(id);
    const stored = await store.load(id);
    if (!stored) throw new Error(`Section ${id} does not exist.`);
    const { doc } = stored;
    try {
      current.set(id, deriveContent(doc));
    } finally {
      doc.destroy();
    }
  }

  const notesByNumber = new Map(parsed.notes.map((n) => [n.number, n]));
  const { plans, created, sourcesCreated, sourcesReused } = await db.transaction(async (tx) => {
    const resolved = await resolveImportSources(tx, parsed, user.id);
    const plans: Planned[] = [];
    let created = 0;
    for (const s of list) {
      const ps = fileText.get(s.id);
      const now = current.get(s.id);
      if (!ps || !now) {
        plans.push({ sectionId: s.id, title: s.title, json: null, before: now?.text.length ?? 0, after: 0 });
        continue;
      }
      // A footnote citing the same sources (and pinpoints) as one of the section's keeps that footnote's id.
      const reusable = new Map<string, string[]>();
      const ids = [...new Set(citationIds(now.json))];
      if (ids.length > 0) {
        const rows = await tx.select({ citationId: citationSources.citationId, sourceId: citationSources.sourceId, pinpoint: citationSources.pinpoint }).from(citationSources).where(inArray(citationSources.citationId, ids)).orderBy(asc(citationSources.position));
        for (const id of ids) {
          const sig = signature(rows.filter((r) => r.citationId === id));
          reusable.set(sig, [...(reusable.get(sig) ?? []), id]);
        }
      }
      const pending: NewCitation[] = [];
      const built = paragraphsToDoc(ps.paragraphs, (n) => {
          const items = (notesByNumber.get(n)?.citations ?? []).flatMap((c) => {
            const sourceId = resolved.sourceOf(c);
            return sourceId ? [{ sourceId, accessed: c.accessed, pinpoint: c.pinpoint }] : [];
          });
          if (items.length === 0) return null;
          const kept = reusable.get(signature(items))?.shift();
          if (kept) return kept;
          const id = crypto.randomUUID();
          pending.push({ id, items });
          return id;
      });
      // Compared in the schema's own form (adjacent text joined, defaults filled), unchanged blocks keeping their ids.
      const json = reuseBlockIds(sectionContentColumns(built).contentJson, now.json);
      const next = sectionContentColumns(json);
      if (JSON.stringify(next.contentJson) === JSON.stringify(now.json)) {
        plans.push({ sectionId: s.id, title: s.title, json: null, before: now.text.length, after: next.contentText.length });
        continue;
      }
      for (const c of pending) await insertCitation(tx, { id: c.id, sectionId: s.id, createdBy: user.id, items: c.items });
      created += pending.length;
      plans.push({ sectionId: s.id, title: s.title, json: next.contentJson, before: now.text.length, after: next.contentText.length });
    }
    return { plans, created, sourcesCreated: resolved.created, sourcesReused: resolved.reused };
  });

  // Each change goes through the collaboration server (live editors receive it), then into review.
  const report: SectionImportChange[] = [];
  for (const plan of plans) {
    const base = { sectionId: plan.sectionId, title: plan.title, charactersBefore: plan.before, charactersAfter: plan.after };
    if (!plan.json) {
      report.push({ ...base, change: fileText.has(plan.sectionId) ? "unchanged" : "not-in-file", revision: null });
      continue;
    }
    const json = plan.json;
    try {
      // Written as the importer's own text (an admin-level direct connection, so no read-only rule applies).
      await editLiveSection(plan.sectionId, { id: user.id, name: "", role: "admin" }, (doc) => replaceSectionFragment(doc, json), { db });
      const revision = await submitForReview({ actor, db, input: { sectionId: plan.sectionId, note: "Imported from a file as a new draft of the profile." } });
      report.push({ ...base, change: "changed", revision: { id: revision.id, number: revision.number } });
    } catch (e) {
      report.push({ ...base, change: "failed", revision: null, error: (e as Error).message });
    }
  }

  const sorted = sortProblems(problems);
  const result: DraftImportResult = {
    profileId: profile.id,
    countryCode: parsed.code,
    sections: report,
    changed: report.filter((r) => r.change === "changed").length,
    citations: created,
    sourcesCreated,
    sourcesReused,
    problems: sorted,
    position: file?.kind === "docx" ? "paragraph" : "line",
  };
  await db.transaction(async (tx) => {
    await tx.update(profiles).set({ importProblems: sorted }).where(eq(profiles.id, profile.id));
    await recordEvent(tx, {
      actorId: user.id,
      type: "profile.import_draft",
      subjectType: "profile",
      subjectId: profile.id,
      data: { format: file?.kind ?? "text", lastUpdated: parsed.lastUpdated, problems: sorted.length, citations: created, sourcesCreated, sourcesReused, sections: report.filter((r) => r.change !== "not-in-file").map((r) => ({ sectionId: r.sectionId, change: r.change, revision: r.revision?.number ?? null })) },
    });
  });
  return result;
}
