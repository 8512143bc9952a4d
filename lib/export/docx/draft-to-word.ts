import type { Actor } from "@/lib/auth/policies";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { numberFootnotes } from "@/lib/profiles/footnotes";
import { withLiveContent } from "@/lib/profiles/live-content";
import { getProfileByCountry } from "@/lib/profiles/queries";
import { loadVersion } from "@/lib/versions/load-version";
import { assignStableIds } from "@/lib/versions/stable-ids";
import type { WordExport } from "./word-export";

/**
 * The current draft of a profile as Word export input: live section content, footnotes numbered and
 * formatted as on the profile page, paragraph anchors matched to the newest published version.
 * @throws ForbiddenError (not allowed to read drafts), AppError `not_found:profile`
 */
export async function draftToWord({ actor, db, iso }: { actor: Actor; db: Database; iso: string }): Promise<WordExport> {
  const profile = await getProfileByCountry(actor, db, iso);
  if (!profile) throw new AppError("not_found:profile", "There is no profile for that country.", { field: "iso" });
  const sections = await withLiveContent(db, profile.sections);
  const { footnotes, items } = await numberFootnotes(actor, db, profile.id, sections);
  const published = profile.latestVersion ? await loadVersion(db, { iso, number: profile.latestVersion.number }) : null;
  const previous = new Map(published?.manifest.sections.map((s) => [s.id, s.paragraphs]) ?? []);
  const updated = sections.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), profile.createdAt);
  return {
    country: profile.countryName,
    lastUpdated: updated,
    description: `Draft of the ${profile.countryName} profile as of ${new Date().toISOString().slice(0, 10)} (not a published version).`,
    sections: sections.map((s) => ({ id: s.id, title: s.title, depth: s.depth, content: assignStableIds(s.id, s.contentJson ?? { type: "doc", content: [] }, previous.get(s.id)).content })),
    footnotes: footnotes.map((f) => ({ number: f.number, citationId: f.citationId, sectionId: f.sectionId, segments: f.segments, sourceIds: (items.get(f.citationId) ?? []).map((i) => i.source.key) })),
  };
}
