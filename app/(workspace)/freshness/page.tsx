import type { Metadata } from "next";
import Link from "next/link";
import { clsx } from "clsx";
import { FreshnessMatrixTable } from "@/components/freshness/freshness-matrix-table";
import { LinkCheckPanel } from "@/components/freshness/link-check-panel";
import { ReverifyTable } from "@/components/freshness/reverify-table";
import { abilitiesFor } from "@/lib/auth/policies";
import { requireAbility, toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { freshnessCitations, freshnessFilters, type FreshnessFilter } from "@/lib/freshness/freshness-citations";
import { freshnessMatrix } from "@/lib/freshness/freshness-matrix";
import { staleBefore } from "@/lib/freshness/freshness-tone";
import { reverificationHistories } from "@/lib/freshness/reverification-history";
import { linkCheckProgress } from "@/lib/links/link-check-progress";
import { countryName } from "@/lib/profiles/countries";
import { getCitationPolicy } from "@/lib/settings/citation-policy";
import { requestLinkCheckAction, reverifyAction, setArchiveAction } from "./actions";

export const metadata: Metadata = { title: "Freshness" };

const filterLabels: Record<FreshnessFilter, string> = {
  all: "All",
  stale: "Stale",
  failing: "Failing links",
  dead: "Dead links",
  "missing-access": "No access date",
  "missing-archive": "No archive",
};

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

export default async function FreshnessPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await requireAbility("profile.readDraft");
  const can = abilitiesFor(toActor(user));
  const params = await searchParams;
  const country = /^[A-Za-z]{2}$/.test(one(params.country) ?? "") ? one(params.country)!.toUpperCase() : undefined;
  const col = one(params.col)?.slice(0, 200);
  const filter = (freshnessFilters as readonly string[]).includes(one(params.filter) ?? "") ? (one(params.filter) as FreshnessFilter) : "all";
  const db = getDb();
  const policy = await getCitationPolicy(db);
  const today = new Date().toISOString().slice(0, 10);
  const before = staleBefore(today, policy.maxAgeMonths);
  const [matrix, progress] = await Promise.all([freshnessMatrix(db, { today, maxAgeMonths: policy.maxAgeMonths, staleBefore: before }), linkCheckProgress(db)]);
  const drill = country || col || filter !== "all";
  const rows = drill ? await freshnessCitations(db, { countryCode: country, column: col, filter, staleBefore: before, limit: 500 }) : [];
  const histories = Object.fromEntries(await reverificationHistories(db, rows.map((r) => r.citationSourceId)));
  const colTitle = col ? matrix.columns.find((c) => c.key === col)?.title : undefined;
  const query = (f: FreshnessFilter) => `?${new URLSearchParams({ ...(country ? { country } : {}), ...(col ? { col } : {}), ...(f !== "all" ? { filter: f } : {}) }).toString()}`;
  const t = matrix.totals;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Freshness</h1>
      <p className="text-sm text-slate-600">
        Age of access dates by country and section against the policy ({policy.maxAgeMonths} months): a cell is <strong>stale</strong> when its oldest access date is older than that,{" "}
        <strong>ageing</strong> past half of it, else <strong>fresh</strong>. Click a cell for the citations behind it.
      </p>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-6" aria-label="Counts">
        {[
          ["Cited sources", t.citations],
          ["Stale", t.stale],
          ["Failing links", t.failing],
          ["Dead links", t.dead],
          ["No access date", t.missingAccess],
          ["No archive", t.missingArchive],
        ].map(([label, value]) => (
          <div key={label} className="rounded-lg border border-slate-200 bg-white p-2">
            <dt className="text-slate-600">{label}</dt>
            <dd className="text-lg font-semibold">{value}</dd>
          </div>
        ))}
      </dl>
      <LinkCheckPanel initial={progress} canCheck={can["links.check"]} enabled={env().LINK_CHECK !== "off"} request={requestLinkCheckAction} />
      {matrix.rows.length === 0 ? <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">No profiles yet.</p> : <FreshnessMatrixTable matrix={matrix} selected={{ country, col }} />}
      <section id="citations" aria-label="Citations behind the selection" className="flex flex-col gap-3">
        <h2 className="text-xl font-semibold">
          {drill ? `Citations${country ? ` · ${countryName(country)}` : ""}${colTitle ? ` · ${colTitle}` : ""}` : "Citations"}
        </h2>
        <nav aria-label="Filters" className="flex flex-wrap gap-2 text-sm">
          {freshnessFilters.map((f) => (
            <Link key={f} href={`/freshness${query(f)}#citations`} aria-current={f === filter ? "page" : undefined} className={clsx("rounded border px-2 py-1", f === filter ? "border-blue-700 bg-blue-50" : "border-slate-300 bg-white")}>
              {filterLabels[f]}
            </Link>
          ))}
          <a href={`/freshness/export${query(filter)}`} className="ml-auto rounded border border-slate-300 bg-white px-2 py-1">
            Export CSV
          </a>
        </nav>
        {!drill ? (
          <p className="text-sm text-slate-600">Choose a cell, a country or a filter to list citations.</p>
        ) : rows.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-slate-600">No citation matches.</p>
        ) : (
          <>
            {rows.length === 500 ? <p className="text-sm text-slate-600">Showing the 500 oldest; narrow the selection or export CSV for all.</p> : null}
            <ReverifyTable rows={rows} histories={histories} canReverify={can["citation.reverify"]} reverify={reverifyAction} setArchive={setArchiveAction} />
          </>
        )}
      </section>
    </div>
  );
}
