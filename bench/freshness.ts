// Freshness dashboard benchmark: the countries × sections matrix query over 50 countries × 8 sections × 40
// citations (16,000 cited sources, link statuses and archives) on in-memory PGlite. Baseline, measured in
// the same run: counting the same joined rows without any aggregates. Target: median ≤ 150 ms.
// Second part (issue 20): the queries of `/freshness?country=KE` for a 600-citation profile (15 sections, one of
// 500 notes, 400 sources; lib/test/cited-profile-factory.ts) next to the 50 countries: matrix, the country's
// citations (500 oldest) and their re-verification histories. Baseline in the same run: selecting the same
// rows' ids with plain joins. Target: median ≤ 1,000 ms (the page's server time budget).
// Timings on a shared 2-core machine are noisy; compare the ratio more than the absolute numbers.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { openDatabase } from "@/lib/db/client";
import { freshnessCitations } from "@/lib/freshness/freshness-citations";
import { freshnessMatrix } from "@/lib/freshness/freshness-matrix";
import { staleBefore } from "@/lib/freshness/freshness-tone";
import { reverificationHistories } from "@/lib/freshness/reverification-history";
import { allCountries } from "@/lib/profiles/countries";
import { buildCitedProfile } from "@/lib/test/cited-profile-factory";

const COUNTRIES = 50;
const SECTIONS = 8;
const PER_SECTION = 40;
const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const PROFILE_RUNS = Number(process.env.BENCH_PROFILE_RUNS ?? 15);

const handle = await openDatabase({ kind: "memory" });
const db = handle.db;
const codes = allCountries().map((c) => c.code).filter((c) => c !== "KE").slice(0, COUNTRIES);
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
await db.execute(sql`update sections set citation_order = (select coalesce(array_agg(c.id::text), '{}') from citations c where c.section_id = sections.id)`);
const profile = await buildCitedProfile(db, { countryCode: "KE" });
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
  if (m.rows.length !== COUNTRIES + 1 || m.totals.citations !== COUNTRIES * SECTIONS * PER_SECTION + profile.citations) throw new Error("unexpected matrix shape");
  if (r >= 5) {
    full.push(f);
    base.push(b);
  }
}

// The country page: everything /freshness?country=KE asks the database for.
const profileBaseline = sql`select cs.id from citation_sources cs join citations c on c.id = cs.citation_id join sections s on s.id = c.section_id
  join profiles p on p.id = s.profile_id join sources src on src.id = cs.source_id where p.country_code = 'KE' order by cs.accessed_at limit 500`;
const page: number[] = [];
const pageBase: number[] = [];
for (let r = 0; r < PROFILE_RUNS + 2; r++) {
  let t = performance.now();
  await db.execute(profileBaseline);
  await db.execute(baselineQuery);
  const b = performance.now() - t;
  t = performance.now();
  await freshnessMatrix(db, policy);
  const rows = await freshnessCitations(db, { countryCode: "KE", filter: "all", staleBefore: policy.staleBefore, limit: 500 });
  await reverificationHistories(db, rows.map((row) => row.citationSourceId));
  const f = performance.now() - t;
  if (rows.length !== 500) throw new Error(`expected 500 citations for KE, got ${rows.length}`);
  if (r >= 2) {
    page.push(f);
    pageBase.push(b);
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
  profile: {
    country: "KE",
    sections: profile.sections,
    citations: profile.citations,
    sources: profile.sources,
    runs: PROFILE_RUNS,
    page_queries_median_ms: +median(page).toFixed(2),
    page_queries_p99_ms: +p99(page).toFixed(2),
    baseline_median_ms: +median(pageBase).toFixed(2),
    ratio: +(median(page) / median(pageBase)).toFixed(2),
    target_ms: 1000,
  },
};
fs.mkdirSync(path.resolve("bench/results"), { recursive: true });
fs.writeFileSync(path.resolve("bench/results/freshness.json"), `${JSON.stringify(result, null, 2)}\n`);
console.log(`Freshness: the dashboard matrix query, ${COUNTRIES} countries × ${SECTIONS} sections × ${PER_SECTION} citations (PGlite)`);
console.log(`  median ${result.median_ms} ms · p99 ${result.p99_ms} ms (target ≤ ${result.target_ms} ms)`);
console.log(`  baseline (count the joined rows) ${result.baseline_count_median_ms} ms · ratio ${result.ratio}×`);
const pr = result.profile;
console.log(`Freshness: /freshness?country=KE queries for a ${pr.citations}-citation profile (${pr.sections} sections, ${pr.sources} sources) beside the ${COUNTRIES} countries`);
console.log(`  median ${pr.page_queries_median_ms} ms · p99 ${pr.page_queries_p99_ms} ms (target ≤ ${pr.target_ms} ms)`);
console.log(`  baseline (the same rows, plain joins, plus the count) ${pr.baseline_median_ms} ms · ratio ${pr.ratio}×`);
