import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import { sectionContentColumns } from "@/lib/sections/section-content-columns";
import { writeSectionContent } from "@/lib/sections/write-section-content";
import { buildProfile } from "./factories";

const codes = ["KE", "GH", "NG", "UG", "TZ", "RW", "ZM", "MW", "BW", "NA", "SN", "CI"];
const unused = new WeakMap<Database, { profileId: string; sectionIds: string[]; profiles: number }>();

/** A fresh section (of a test profile) seeded on the server with one paragraph of `text`, as imports and the demo do. */
export async function seedSection(db: Database, text: string): Promise<{ sectionId: string; profileId: string }> {
  let pool = unused.get(db);
  if (!pool || pool.sectionIds.length === 0) {
    const count = pool?.profiles ?? 0;
    const profile = await buildProfile(db, { countryCode: codes[count % codes.length] });
    pool = { profileId: profile.id, sectionIds: profile.sections.map((s) => s.id), profiles: count + 1 };
    unused.set(db, pool);
  }
  const sectionId = pool.sectionIds.shift()!;
  const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
  await writeSectionContent(db, { sectionId, doc, createdBy: null });
  return { sectionId, profileId: pool.profileId };
}

/**
 * A test profile with exactly `count` sections (the template's, then extra ones), each seeded with one paragraph
 * of `text` and optionally `citations` footnote markers (ids only, as a load test needs). Returns them in order.
 */
export async function seedProfileSections(db: Database, { count, text, countryCode, citations = 0 }: { count: number; text: string; countryCode: string; citations?: number }): Promise<{ profileId: string; sectionIds: string[] }> {
  const profile = await buildProfile(db, { countryCode });
  // Each section's own footnote markers (fresh ids), after its paragraph of text.
  const sectionDoc = () => {
    const markers = Array.from({ length: citations }, () => ({ type: "paragraph", content: [{ type: "text", text: "Cited." }, { type: "citation", attrs: { citationId: randomUUID() } }] }));
    return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }, ...markers] };
  };
  const ids = profile.sections.slice(0, count).map((s) => s.id);
  for (const sectionId of ids) await db.update(sections).set({ ...sectionContentColumns(sectionDoc()), updatedAt: new Date() }).where(eq(sections.id, sectionId));
  for (let position = ids.length; position < count; position++) {
    const [row] = await db.insert(sections).values({ profileId: profile.id, title: `Extra ${position + 1}`, position, ...sectionContentColumns(sectionDoc()) }).returning({ id: sections.id });
    ids.push(row!.id);
  }
  return { profileId: profile.id, sectionIds: ids };
}
