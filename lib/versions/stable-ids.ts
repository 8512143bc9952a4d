import { createHash } from "node:crypto";
import type { ManifestParagraph } from "./manifest";

type Json = Record<string, unknown>;
const anchoredTypes = new Set(["paragraph", "heading"]);
const validId = /^[A-Za-z0-9_-]{4,64}$/;

function textOf(node: Json): string {
  if (node.type === "text") return typeof node.text === "string" ? node.text : "";
  if (node.type === "hardBreak") return " ";
  return Array.isArray(node.content) ? (node.content as Json[]).map(textOf).join("") : "";
}

const normalize = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
const words = (s: string) => new Set(normalize(s).split(" ").filter(Boolean));

function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

function anchorFrom(id: unknown): string | null {
  if (typeof id !== "string" || !validId.test(id)) return null;
  return id.startsWith("p-") ? id : `p-${id}`;
}

/**
 * Gives every paragraph and heading of a section a stable anchor: its own unique-id attribute where it
 * has one nobody else claims, else the anchor of the same or most similar paragraph in the previous
 * version, else a new one. Ids duplicated by split or paste are repaired (the first keeps it).
 * Returns a copy of the content with `attrs.id` set, and the non-empty paragraphs.
 */
export function assignStableIds(sectionId: string, content: Json, previous: ManifestParagraph[] = []): { content: Json; paragraphs: ManifestParagraph[] } {
  const copy = structuredClone(content);
  const blocks: { node: Json; text: string; own: string | null; anchor?: string }[] = [];
  const walk = (node: Json) => {
    if (anchoredTypes.has(node.type as string)) {
      blocks.push({ node, text: textOf(node), own: anchorFrom((node.attrs as Json | undefined)?.id) });
      return;
    }
    if (Array.isArray(node.content)) for (const child of node.content as Json[]) walk(child);
  };
  walk(copy);

  const used = new Set<string>();
  const prevAnchors = new Set(previous.map((p) => p.anchor));
  const claim = (b: (typeof blocks)[number], anchor: string) => {
    b.anchor = anchor;
    used.add(anchor);
  };
  for (const b of blocks) if (b.own && prevAnchors.has(b.own) && !used.has(b.own)) claim(b, b.own);
  for (const b of blocks) {
    if (b.anchor || normalize(b.text) === "") continue;
    const same = previous.find((p) => !used.has(p.anchor) && normalize(p.text) === normalize(b.text));
    if (same) claim(b, same.anchor);
  }
  for (const b of blocks) {
    if (b.anchor || normalize(b.text) === "") continue;
    let best: { anchor: string; score: number } | null = null;
    for (const p of previous) {
      if (used.has(p.anchor)) continue;
      const score = similarity(p.text, b.text);
      if (score >= 0.5 && (!best || score > best.score)) best = { anchor: p.anchor, score };
    }
    if (best) claim(b, best.anchor);
  }
  const seen = new Map<string, number>();
  for (const b of blocks) {
    if (b.anchor) continue;
    if (b.own && !used.has(b.own)) {
      claim(b, b.own);
      continue;
    }
    const key = normalize(b.text);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    let n = 0;
    let anchor: string;
    do {
      anchor = `p-${createHash("sha256").update(`${sectionId}\0${key}\0${occurrence}\0${n++}`).digest("hex").slice(0, 10)}`;
    } while (used.has(anchor));
    claim(b, anchor);
  }
  for (const b of blocks) b.node.attrs = { ...((b.node.attrs as Json | undefined) ?? {}), id: b.anchor };
  return { content: copy, paragraphs: blocks.filter((b) => normalize(b.text) !== "").map((b) => ({ anchor: b.anchor!, text: b.text })) };
}
