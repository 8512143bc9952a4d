// Freshness dashboard benchmark: the countries × sections matrix query over 50 countries × 8 sections × 40
// citations (16,000 cited sources, link statuses and archives) on in-memory PGlite. Baseline, measured in
// the same run: counting the same joined rows without any aggregates. Target: median ≤ 150 ms.
// Timings on a shared 2-core machine are noisy; compare the ratio more than the absolute numbers.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/lib/db/client";
import { freshnessMatrix } from "@/lib/freshness/freshness-matrix";
import { staleBefore } from "@/lib/freshness/freshness-tone";
import { allCountries } from "@/lib/profiles/countries";

const COUNTRIES = 50;
const SECTIONS = 8;
const PER_SECTION = 40;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);

const handle = await openDatabase({ kind: "memory" });
const db = handle.db;
const codes = allCountries().slice(0, COUNTRIES).map((c) => c.code);
await db.transaction(async (tx) => {
  for (const code of codes) await tx.execute(sql`insert into profiles (country_code) values (${code})`);
  await tx.execute(sql`insert into sections (profile_id, title, position) select p.id, 'Section ' || g, g from profiles p, generate_series(1, ${SECTIONS}) g`);
  await tx.execute(sql`insert into sources (csl, title, url) select '{}'::jsonb, 'Source ' || g, 'https://example.org/doc/' || g from generate_series(1, 4000) g`);
  await tx.execute(sql`insert into citations (section_id) select s.id from sections s, generate_series(1, ${PER_SECTION}) g`);
  await tx.execute(sql`
    insert into citation_sources (citation_id, source_id, accessed_at)
    select c.id, src.id, case when random() < 0.03 then null else date '2026-03-01' - (random() * 900)::int end
    from (select id, row_number() over () as n from citations) c
    join (select id, row_number() over () as n from sources) src on src.n = 1 + (c.n % 4000)`);
  await tx.execute(sql`insert into link_checks (source_id, url, status) select id, url, (array['ok','ok','ok','failing','dead','unknown'])[1 + (random() * 5)::int] from sources`);
  await tx.execute(sql`insert into source_archives (source_id, archive_url, origin) select id, 'https://web.archive.org/web/2024/' || url, 'lookup' from sources where random() < 0.6`);
});
await db.execute(sql`analyze`);

const today = "2026-03-01";
const policy = { today, maxAgeMonths: 12, staleBefore: staleBefore(today, 12) };
const baselineQuery = sql`select count(*) from sections s join profiles p on p.id = s.profile_id left join citations c on c.section_id = s.id
  left join citation_sources cs on cs.citation_id = c.id left join sources src on src.id = cs.source_id
  left join link_checks lc on lc.source_id = cs.source_id left join source_archives sa on sa.source_id = cs.source_id`;

const full: number[] = [];
const base: number[] = [];
for (let r = 0; r < RUNS + 5; r++) {
  let t = performance.now();
  await db.execute(baselineQuery);
  const b = performance.now() - t;
  t = performance.now();
  const m = await freshnessMatrix(db, policy);
  const f = performance.now() - t;
  if (m.rows.length !== COUNTRIES || m.columns.length !== SECTIONS || m.totals.citations !== COUNTRIES * SECTIONS * PER_SECTION) throw new Error("unexpected matrix shape");
  if (r >= 5) {
    full.push(f);
    base.push(b);
  }
}
await handle.close();

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]) => sorted(xs)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;
const result = {
  countries: COUNTRIES,
  sections: SECTIONS,
  citations_per_cell: PER_SECTION,
  runs: RUNS,
  median_ms: +median(full).toFixed(2),
  p99_ms: +p99(full).toFixed(2),
  baseline_count_median_ms: +median(base).toFixed(2),
  ratio: +(median(full) / median(base)).toFixed(2),
  target_ms: 150,
};
fs.mkdirSync(path.resolve("bench/results"), { recursive: true });
fs.writeFileSync(path.resolve("bench/results/freshness.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(`Freshness: the dashboard matrix query, ${COUNTRIES} countries × ${SECTIONS} sections × ${PER_SECTION} citations (PGlite)`);
console.log(`  median ${result.median_ms} ms · p99 ${result.p99_ms} ms (target ≤ ${result.target_ms} ms)`);
console.log(`  baseline (count the joined rows) ${result.baseline_count_median_ms} ms · ratio ${result.ratio}×`);
