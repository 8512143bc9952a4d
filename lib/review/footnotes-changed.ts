import type { FrozenCitation } from "@/lib/db/schema/review";
import type { ManifestSource } from "@/lib/versions/manifest";

type Item = FrozenCitation["items"][number];

const fingerprint = (i: Pick<Item, "sourceId" | "title" | "url" | "doi" | "accessed" | "pinpoint">) => JSON.stringify([i.sourceId, i.title, i.url, i.doi, i.accessed, i.pinpoint]);

/**
 * Whether any footnote of an approved revision would read differently if frozen now (a source merged or edited,
 * an access date re-verified or edited, a pinpoint changed, an archive copy added): then the section is "changed
 * since approval" and the change reaches readers only through a new revision. An archive copy is compared only
 * when the revision recorded one (older revisions did not).
 */
export function footnotesChanged(frozen: FrozenCitation[], current: Map<string, ManifestSource[]>): boolean {
  for (const c of frozen) {
    const now = current.get(c.citationId) ?? [];
    if (now.length !== c.items.length) return true;
    for (const [k, item] of c.items.entries()) {
      const n = now[k]!;
      if (fingerprint(item) !== fingerprint({ sourceId: n.key, title: n.title, url: n.url, doi: n.doi, accessed: n.accessed, pinpoint: n.pinpoint })) return true;
      if (item.archiveUrl !== undefined && item.archiveUrl !== n.archiveUrl) return true;
      if (item.titleTranslation !== undefined && item.titleTranslation !== n.titleTranslation) return true;
    }
  }
  return false;
}
