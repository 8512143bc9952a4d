import type { Database } from "@/lib/db/client";
import { writeSectionContent } from "@/lib/sections/write-section-content";
import { buildProfile } from "@/lib/test/factories";

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
