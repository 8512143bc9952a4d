import Link from "next/link";
import { clsx } from "clsx";
import type { FreshnessCell, FreshnessMatrix } from "@/lib/freshness/freshness-matrix";

const toneClass = {
  empty: "bg-slate-50 text-slate-500",
  fresh: "bg-green-50 text-green-900 border-l-4 border-green-600",
  ageing: "bg-amber-50 text-amber-900 border-l-4 border-amber-500",
  stale: "bg-red-50 text-red-900 border-l-4 border-red-600",
} as const;

const toneLabel = { empty: "no citations", fresh: "fresh", ageing: "ageing", stale: "stale" } as const;

function CellBody({ cell }: { cell: FreshnessCell }) {
  if (cell.citations === 0) return <span>no citations</span>;
  return (
    <span className="flex flex-col gap-0.5">
      <span className="font-semibold uppercase tracking-wide text-[10px]">{toneLabel[cell.tone]}</span>
      <span>
        oldest {cell.oldestMonths ?? "–"} mo · median {cell.medianMonths ?? "–"} mo
      </span>
      <span>{cell.citations} cited</span>
      {cell.dead + cell.failing > 0 ? (
        <span>
          {cell.dead} dead · {cell.failing} failing
        </span>
      ) : null}
      {cell.missingAccess > 0 ? <span>{cell.missingAccess} no access date</span> : null}
    </span>
  );
}

/**
 * Countries × sections, each cell a link to the citations behind it; the numbers are written in the cell, colour only
 * repeats them. Wider than the page for long templates: the table scrolls sideways inside a focusable region (arrow
 * keys scroll it) while the country column stays put. The region is `relative` so the cells' screen-reader-only
 * labels (absolutely positioned) stay inside it instead of widening the page.
 */
export function FreshnessMatrixTable({ matrix, selected }: { matrix: FreshnessMatrix; selected: { country?: string; col?: string } }) {
  return (
    <div role="region" aria-label="Freshness matrix (scrolls sideways)" tabIndex={0} className="relative max-w-full overflow-x-auto rounded border border-slate-200 focus:outline-2 focus:outline-blue-700" data-testid="freshness-matrix-scroll">
      <table className="border-collapse text-left text-xs" aria-label="Access-date age by country and section">
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 z-10 bg-white px-2 py-1 shadow-[1px_0_0_#e2e8f0]">
              Country
            </th>
            {matrix.columns.map((c) => (
              <th key={c.key} scope="col" className="min-w-32 max-w-40 px-2 py-1 align-bottom font-medium">
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((r) => (
            <tr key={r.countryCode} className="border-t border-slate-200">
              <th scope="row" className="sticky left-0 z-10 min-w-28 bg-white px-2 py-1 text-sm font-medium shadow-[1px_0_0_#e2e8f0]">
                <Link href={`/freshness?country=${r.countryCode}#citations`} className="hover:underline">
                  {r.country}
                </Link>
              </th>
              {matrix.columns.map((c) => {
                const cell = r.cells[c.key];
                const isSelected = selected.country === r.countryCode && selected.col === c.key;
                return (
                  <td key={c.key} className="p-0.5 align-top" data-testid={`cell-${r.countryCode}-${c.title}`} data-tone={cell?.tone ?? "empty"}>
                    {cell ? (
                      <Link
                        href={`/freshness?country=${r.countryCode}&col=${encodeURIComponent(c.key)}#citations`}
                        className={clsx("block min-w-32 rounded px-2 py-1", toneClass[cell.tone], isSelected && "ring-2 ring-blue-600")}
                      >
                        {/* The name is the visible text, after the cell's row and column (WCAG 2.5.3 label in name). */}
                        <span className="sr-only">{`${r.country}, ${c.title}: `}</span>
                        <CellBody cell={cell} />
                      </Link>
                    ) : (
                      <span className={clsx("block rounded px-2 py-1", toneClass.empty)}>—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
