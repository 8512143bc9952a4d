// Redline benchmark: the largest section of the imported seed profile against a copy with 5 % of its words
// changed and 10 footnotes changed (access date, pinpoint or source). Reports the server time per diff
// (median, p99) and its ratio to rendering the revision alone (server-side React render of the same JSON),
// both measured in this run. Target: p99 ≤ 250 ms. Timings on a shared 2-core machine are noisy.
import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { DocumentView } from "@/components/profiles/document-view";
import { openDatabase } from "@/lib/db/client";
import { sections } from "@/lib/db/schema/profiles";
import type { FrozenCitation } from "@/lib/db/schema/review";
import { importProfile } from "@/lib/import/import-profile";
import { freezeCitations } from "@/lib/review/freeze-section";
import { computeRedline } from "@/lib/review/redline/compute-redline";
import { seedDatabase } from "@/lib/seed/seed-database";
import { buildUser } from "@/lib/test/factories";

const RUNS = Number(process.env.REDLINE_RUNS ?? 40);

type Json = { type?: string; text?: string; content?: Json[]; attrs?: Record<string, unknown> };

function changeWords(doc: Json, every: number): { doc: Json; changed: number; words: number } {
  let words = 0;
  let changed = 0;
  const walk = (n: Json): Json => {
    if (n.type === "text" && n.text) {
      const text = n.text.replace(/[A-Za-z]{3,}/g, (w) => (++words % every === 0 ? (changed++, `${w.toUpperCase()}X`) : w));
      return { ...n, text };
    }
    return n.content ? { ...n, content: n.content.map(walk) } : n;
  };
  return { doc: walk(doc), changed, words };
}

function changeCitations(citations: FrozenCitation[], count: number): FrozenCitation[] {
  return citations.map((c, i) => {
    if (i % Math.max(1, Math.floor(citations.length / count)) !== 0 || i / Math.max(1, Math.floor(citations.length / count)) >= count) return c;
    const kind = i % 3;
    return { ...c, items: c.items.map((it) => (kind === 0 ? { ...it, accessed: "2026-01-02" } : kind === 1 ? { ...it, pinpoint: `para ${i}` } : { ...it, sourceId: `${it.sourceId}-x`, title: `${it.title} (revised)` })) };
  });
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

async function main() {
  const handle = await openDatabase({ kind: "memory" });
  try {
    const db = handle.db;
    await seedDatabase({ db, mode: "none", log: () => {} });
    const admin = await buildUser(db, { role: "admin" });
    const text = fs.readFileSync(path.resolve(process.cwd(), "../shared/seeds/japan-profile.txt"), "utf8");
    await importProfile({ actor: admin.actor, db, text });
    const rows = await db.select({ json: sections.contentJson, text: sections.contentText, title: sections.title }).from(sections);
    const largest = rows.sort((a, b) => b.text.length - a.text.length)[0]!;
    const before = { contentJson: largest.json!, citations: await db.transaction((tx) => freezeCitations(tx, largest.json!)) };
    const edited = changeWords(largest.json as Json, 20);
    const after = { contentJson: edited.doc as Record<string, unknown>, citations: changeCitations(before.citations, 10) };
    const diffMs: number[] = [];
    const renderMs: number[] = [];
    let last = computeRedline(before, after, 0);
    for (let i = 0; i < RUNS; i++) {
      let t = performance.now();
      last = computeRedline(before, after, 0);
      diffMs.push(performance.now() - t);
      t = performance.now();
      renderToStaticMarkup(createElement(DocumentView, { doc: after.contentJson, footnoteNumbers: new Map() }));
      renderMs.push(performance.now() - t);
    }
    const med = quantile(diffMs, 0.5);
    const p99 = quantile(diffMs, 0.99);
    const renderMed = quantile(renderMs, 0.5);
    console.log(`redline: section "${largest.title}" (${largest.text.length} chars, ${edited.words} words, ${before.citations.length} footnotes); ${edited.changed} words and ${last.footnotes.length} footnotes changed`);
    const result = { section: largest.title, chars: largest.text.length, words: edited.words, wordsChanged: edited.changed, footnotes: before.citations.length, footnotesChanged: last.footnotes.length, textChanges: last.changes.length, runs: RUNS, diffMedianMs: med, diffP99Ms: p99, renderMedianMs: renderMed, ratio: med / renderMed, targetP99Ms: 250, met: p99 <= 250 };
    fs.mkdirSync(path.resolve("bench/results"), { recursive: true });
    fs.writeFileSync(path.resolve("bench/results/redline.json"), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`redline: ${last.changes.length} text changes; diff median ${med.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms over ${RUNS} runs; render alone median ${renderMed.toFixed(2)} ms; ratio ${(med / renderMed).toFixed(1)}×; target p99 ≤ 250 ms: ${p99 <= 250 ? "met" : "NOT met"}`);
  } finally {
    await handle.close();
  }
}

void main();
