import { eq, inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { profiles } from "@/lib/db/schema/profiles";
import { linkChecks, sourceArchives } from "@/lib/db/schema/links";
import type { LinkStatus } from "@/lib/links/link-status";
import type { VersionManifest } from "@/lib/versions/manifest";
import type { GateFootnote } from "./evaluate-publish-gate";

/** The gate's view of a version about to be published: its footnotes with link status and archive copy, and the profile's import problems. */
export async function publishGateInput(db: Executor, { profileId, manifest }: { profileId: string; manifest: VersionManifest }): Promise<{ footnotes: GateFootnote[]; importProblems: { message?: unknown; notes?: unknown }[] }> {
  const keys = [...new Set(manifest.footnotes.flatMap((f) => f.sources.map((s) => s.key)))];
  const statuses = new Map<string, LinkStatus>();
  const archives = new Map<string, string>();
  if (keys.length > 0) {
    for (const r of await db.select({ id: linkChecks.sourceId, status: linkChecks.status }).from(linkChecks).where(inArray(linkChecks.sourceId, keys))) statuses.set(r.id, r.status);
    for (const r of await db.select({ id: sourceArchives.sourceId, url: sourceArchives.archiveUrl }).from(sourceArchives).where(inArray(sourceArchives.sourceId, keys))) archives.set(r.id, r.url);
  }
  const footnotes = manifest.footnotes.map((f) => ({
    number: f.number,
    citationId: f.citationId,
    sources: f.sources.map((s) => ({ title: s.title, url: s.url, accessed: s.accessed, archiveUrl: s.archiveUrl ?? archives.get(s.key) ?? null, linkStatus: statuses.get(s.key) ?? "unchecked" })),
  }));
  const [profile] = await db.select({ problems: profiles.importProblems }).from(profiles).where(eq(profiles.id, profileId)).limit(1);
  const importProblems = (profile?.problems ?? []).filter((p): p is { message?: unknown; notes?: unknown } => typeof p === "object" && p !== null);
  return { footnotes, importProblems };
}
