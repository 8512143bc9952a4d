// Word bookmark names: at most 40 characters, a letter first, then letters, digits and underscores;
// names must be unique in a document, so source bookmarks carry a counter after the id.
const uuid = /^([0-9a-f]{8})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{4})-([0-9a-f]{12})$/i;

/** `fp_<anchor>` for a paragraph anchor `p-<anchor>`; null when the anchor cannot be a bookmark name. */
export function paragraphBookmark(anchor: string): string | null {
  const body = anchor.startsWith("p-") ? anchor.slice(2) : "";
  return /^[A-Za-z0-9]{1,37}$/.test(body) ? `fp_${body}` : null;
}

/** `fs_<32 hex>_<n>` for a registry source id (a UUID); null when the id is not a UUID. */
export function sourceBookmark(sourceId: string, n: number): string | null {
  const m = uuid.exec(sourceId);
  return m ? `fs_${m.slice(1).join("").toLowerCase()}_${n.toString(36)}` : null;
}

/** What a bookmark name written by Folio stands for, or null for other bookmarks. */
export function readBookmark(name: string): { kind: "paragraph"; anchor: string } | { kind: "source"; sourceId: string } | null {
  const p = /^fp_([A-Za-z0-9]{1,37})$/.exec(name);
  if (p) return { kind: "paragraph", anchor: `p-${p[1]}` };
  const s = /^fs_([0-9a-f]{32})_[0-9a-z]{1,5}$/.exec(name);
  if (!s) return null;
  const h = s[1]!;
  return { kind: "source", sourceId: `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}` };
}
