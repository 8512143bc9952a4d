import Link from "next/link";
import type { RevisionSummary } from "@/lib/review/queries";
import { formatDate } from "@/lib/format-date";

/** The section's revisions with their state; any two can be compared. */
export function RevisionHistory({ history, currentId, againstId }: { history: RevisionSummary[]; currentId: string; againstId: string | null }) {
  return (
    <section aria-label="Revision history" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 className="mb-2 font-medium">History</h2>
      <ul className="flex flex-col gap-1 text-sm">
        {history.map((h) => (
          <li key={h.id} className="flex flex-wrap items-center gap-2">
            <Link href={`/review/${h.id}`} className={h.id === currentId ? "font-semibold" : "text-blue-800 hover:underline"}>
              Revision {h.number}
            </Link>
            <span className="text-slate-600">
              {h.state.replace("_", " ")} · {h.submitterName ?? "deleted user"} · {formatDate(h.createdAt)}
            </span>
            {h.id !== currentId ? (
              <Link href={`/review/${currentId}?against=${h.id}`} className="text-xs text-blue-800 underline" aria-current={h.id === againstId ? "true" : undefined}>
                Compare with this
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
