import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { writeAudit } from "@/lib/audit/write-audit";
import { cslDate } from "@/lib/citations/csl-date";
import type { CslItem } from "@/lib/citations/csl-item";
import { findOrCreateSource } from "@/lib/citations/find-or-create-source";
import type { Database } from "@/lib/db/client";
import { profiles } from "@/lib/db/schema/profiles";
import type { ProseMirrorJSON } from "@/lib/editor/ydoc-content";
import { AppError } from "@/lib/errors";
import { countryName } from "@/lib/profiles/countries";
import { insertProfileSections } from "@/lib/profiles/create-profile";
import { writeSectionContent, type NewCitation } from "@/lib/sections/write-section-content";
import { ImportError } from "./import-error";
import { parseProfileInWorker } from "./parse-profile-in-worker";
import type { ParsedCitation, ParsedParagraph, ParsedProfile, Problem } from "./types";

function toCsl(c: ParsedCitation): CslItem {
  const item: CslItem = { type: c.type, title: c.title };
  if (c.url) item.URL = c.url;
  if (c.publisher) item.publisher = c.publisher;
  if (c.container) item["container-title"] = c.container;
  if (c.number) item.number = c.number;
  if (c.authors.length) item.author = c.authors.map((literal) => ({ literal }));
  if (c.date) item.issued = cslDate(c.date);
  return item;
}

function paragraphJSON(p: ParsedParagraph, citationFor: (note: number) => string | null): ProseMirrorJSON {
  const content: ProseMirrorJSON[] = [];
  let at = 0;
  for (const m of [...p.markers].sort((a, b) => a.offset - b.offset)) {
    if (m.offset > at) content.push({ type: "text", text: p.text.slice(at, m.offset) });
    at = Math.max(at, m.offset);
    const id = citationFor(m.note);
    if (id) content.push({ type: "citation", attrs: { citationId: id } });
  }
  if (at < p.text.length) content.push({ type: "text", text: p.text.slice(at) });
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
}

const key = (path: string[]) => path.map((t) => t.toLowerCase().replace(/\s+/g, " ").trim()).join(" › ");

export interface ImportResult {
  profileId: string;
  countryCode: string;
  sections: number;
  citations: number;
  sourcesCreated: number;
  sourcesReused: number;
  problems: Problem[];
}

/**
 * Imports a profile in the plain-text form: the profile from the template, each section's Yjs state built
 * here on the server, deduplicated sources and one citation per marker; problems are kept on the profile.
 * The text is parsed in a worker thread with a time budget, so a slow file cannot stall the server.
 * @throws AppError (not a profile, too long, parsing over budget, unknown country, profile exists; nothing is written), ForbiddenError
 */
export async function importProfile({ actor, db, text, now }: { actor: Actor; db: Database; text: string; now?: string | Date }): Promise<ImportResult> {
  authorize(actor, "import.run");
  let parsed: ParsedProfile;
  try {
    parsed = await parseProfileInWorker(text, { now });
  } catch (e) {
    if (e instanceof ImportError) throw new AppError("bad_request:import", e.message, { field: "file", cause: e });
    throw e;
  }
  const code = parsed.country.code;
  if (!code) throw new AppError("bad_request:import", `Could not tell which country this profile is for (read “${parsed.country.name || "nothing"}”); the country name must be on its own line after the flag.`, { field: "file" });

  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: profiles.id }).from(profiles).where(eq(profiles.countryCode, code)).limit(1);
    if (existing) throw new AppError("conflict:profile", `A profile for ${countryName(code)} already exists; nothing was imported.`, { field: "file" });
    const [profile] = await tx.insert(profiles).values({ countryCode: code, createdBy: actor.id, importProblems: parsed.problems }).returning({ id: profiles.id });
    const created = await insertProfileSections(tx, profile!.id);

    const sourceIds = new Map<string, string>();
    let sourcesCreated = 0;
    for (const note of parsed.notes) {
      for (const c of note.citations) {
        if (!c.sourceKey || sourceIds.has(c.sourceKey)) continue;
        const s = await findOrCreateSource(tx, toCsl(c), { createdBy: actor.id });
        if (s.created) sourcesCreated++;
        sourceIds.set(c.sourceKey, s.id);
      }
    }
    const notesByNumber = new Map(parsed.notes.map((n) => [n.number, n]));
    const titleToSection = new Map<string, string>();
    for (const s of created) titleToSection.set(key([s.title]), s.id);

    let citationCount = 0;
    let sectionCount = 0;
    for (const ps of parsed.sections) {
      const sectionId = titleToSection.get(key([ps.path[ps.path.length - 1] ?? ps.title])) ?? titleToSection.get(key([ps.title]));
      if (!sectionId || ps.paragraphs.length === 0) continue;
      const pending: NewCitation[] = [];
      const doc: ProseMirrorJSON = {
        type: "doc",
        content: ps.paragraphs.map((p) =>
          paragraphJSON(p, (n) => {
            const items = (notesByNumber.get(n)?.citations ?? [])
              .filter((c) => sourceIds.has(c.sourceKey))
              .map((c) => ({ sourceId: sourceIds.get(c.sourceKey)!, accessed: c.accessed, pinpoint: c.pinpoint }));
            if (items.length === 0) return null;
            const id = crypto.randomUUID();
            pending.push({ id, items });
            return id;
          }),
        ),
      };
      await writeSectionContent(tx, { sectionId, doc, citations: pending, createdBy: actor.id });
      citationCount += pending.length;
      sectionCount++;
    }
    const result: ImportResult = {
      profileId: profile!.id,
      countryCode: code,
      sections: sectionCount,
      citations: citationCount,
      sourcesCreated,
      sourcesReused: sourceIds.size - sourcesCreated,
      problems: parsed.problems,
    };
    await writeAudit(tx, { actorId: actor.id, action: "profile.import", subjectType: "profile", subjectId: profile!.id, data: { ...result, problems: parsed.problems.length, lastUpdated: parsed.lastUpdated } });
    return result;
  });
}
