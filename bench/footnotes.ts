// Footnote benchmark: a 1,000-footnote profile (six sections as live Y.Docs), one edit inserts a citation at
// the very start, then every footnote is renumbered and re-formatted in OSCOLA. The baseline, measured in the
// same run, is only walking the docs for citation ids; the target is ≤ 16 ms (one frame) for the full work.
import fs from "node:fs";
import path from "node:path";
import * as Y from "yjs";
import { formatFootnotes } from "@/lib/citations/format-footnotes";
import type { NoteItem } from "@/lib/citations/types";
import { yDocCitationIds } from "@/lib/editor/ydoc-citation-ids";
import { FRAGMENT, yStateFromJSON } from "@/lib/editor/ydoc-content";

const FOOTNOTES = 1000;
const SECTIONS = 6;
const RUNS = 200;

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
const sources = Array.from({ length: 300 }, (_, i) => ({
  key: `s${i}`,
  title: `Report number ${i} on identity systems`,
  url: `https://example.org/reports/${i}`,
  publisher: i % 3 ? `Publisher ${i % 17}` : null,
  date: i % 2 ? `2024-0${(i % 9) + 1}-1${i % 9}` : null,
}));
const items = new Map<string, NoteItem[]>();
const docs: Y.Doc[] = [];
let n = 0;
for (let s = 0; s < SECTIONS; s++) {
  const paragraphs = [];
  for (let k = 0; k < FOOTNOTES / SECTIONS && n < FOOTNOTES; k++, n++) {
    const id = uuid(n);
    // Repeat sources often, and back-to-back sometimes, so ibid. and (n X) are both exercised.
    const src = sources[n % 7 === 0 ? Math.max(0, (n - 1) % 300) : (n * 37) % 300]!;
    items.set(id, [{ source: src, accessed: "2025-12-22", pinpoint: n % 5 ? null : `para ${n % 40}` }]);
    paragraphs.push({ type: "paragraph", content: [{ type: "text", text: `Sentence ${n} about digital identity.` }, { type: "citation", attrs: { citationId: id } }] });
  }
  const doc = new Y.Doc();
  Y.applyUpdate(doc, yStateFromJSON({ type: "doc", content: paragraphs }));
  docs.push(doc);
}

function collect() {
  return docs.flatMap((d) => yDocCitationIds(d));
}

function renumberAndFormat() {
  const ids = collect();
  return formatFootnotes(ids.map((id) => ({ items: items.get(id) ?? [] })));
}

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function p99(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.99)]!;
}

const full: number[] = [];
const base: number[] = [];
const first = docs[0]!.getXmlFragment(FRAGMENT).get(0) as Y.XmlElement;
for (let r = 0; r < RUNS + 20; r++) {
  const id = uuid(FOOTNOTES + r);
  items.set(id, [{ source: sources[r % 300]!, accessed: "2025-12-22" }]);
  const marker = new Y.XmlElement("citation");
  marker.setAttribute("citationId", id);
  first.insert(0, [marker]);
  let t = performance.now();
  collect();
  const b = performance.now() - t;
  t = performance.now();
  const out = renumberAndFormat();
  const f = performance.now() - t;
  if (out.length !== FOOTNOTES + r + 1) throw new Error(`expected ${FOOTNOTES + r + 1} footnotes, got ${out.length}`);
  if (r >= 20) {
    full.push(f);
    base.push(b);
  }
}

const result = {
  footnotes: FOOTNOTES,
  runs: RUNS,
  median_ms: +median(full).toFixed(2),
  p99_ms: +p99(full).toFixed(2),
  baseline_collect_median_ms: +median(base).toFixed(2),
  ratio: +(median(full) / median(base)).toFixed(2),
  target_ms: 16,
};
fs.mkdirSync(path.resolve("bench/results"), { recursive: true });
fs.writeFileSync(path.resolve("bench/results/footnotes.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log("Footnotes: renumber + format a 1,000-footnote profile after one edit");
console.log(`  median ${result.median_ms} ms · p99 ${result.p99_ms} ms (target ≤ ${result.target_ms} ms)`);
console.log(`  baseline (collect ids only) ${result.baseline_collect_median_ms} ms · ratio ${result.ratio}×`);
