import Link from "next/link";
import { clsx } from "clsx";
import { StatusBadge } from "@/components/profiles/status-badge";
import type { SectionStatus } from "@/lib/review/status";

export interface OutlineSection {
  id: string;
  title: string;
  depth: number;
  status: SectionStatus;
}

/**
 * The profile's sections in template order with each one's review status, the open one marked as the current page;
 * plain links, so every entry is reachable with Tab. Previous and next are the neighbours in the same order.
 */
export function SectionOutline({ iso, sections, currentId }: { iso: string; sections: OutlineSection[]; currentId: string }) {
  const href = (id: string) => `/countries/${iso.toLowerCase()}/sections/${id}`;
  return (
    <nav aria-label="Sections" className="flex flex-col gap-2 text-sm lg:sticky lg:top-4 lg:self-start lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto">
      <h2 className="font-medium text-slate-800">Sections</h2>
      <ol className="flex flex-col gap-0.5">
        {sections.map((s) => {
          const current = s.id === currentId;
          return (
            <li key={s.id} style={{ paddingLeft: `${Math.min(s.depth, 3) * 0.75}rem` }}>
              <Link
                href={href(s.id)}
                aria-current={current ? "page" : undefined}
                className={clsx("flex flex-wrap items-center gap-x-2 rounded px-2 py-1 hover:bg-slate-100", current ? "bg-blue-50 font-semibold text-blue-900" : "text-slate-800")}
              >
                <span>{s.title}</span>
                <StatusBadge status={s.status} />
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** Links to the sections before and after the open one, in template order. */
export function SectionPager({ iso, sections, currentId }: { iso: string; sections: OutlineSection[]; currentId: string }) {
  const at = sections.findIndex((s) => s.id === currentId);
  const previous = at > 0 ? sections[at - 1] : undefined;
  const next = at >= 0 ? sections[at + 1] : undefined;
  const href = (id: string) => `/countries/${iso.toLowerCase()}/sections/${id}`;
  return (
    <nav aria-label="Previous and next section" className="flex flex-wrap justify-between gap-2 text-sm">
      {previous ? (
        <Link href={href(previous.id)} rel="prev" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-blue-800 hover:bg-slate-50">
          <span aria-hidden="true">← </span>Previous: {previous.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={href(next.id)} rel="next" className="rounded border border-slate-300 bg-white px-3 py-1.5 text-blue-800 hover:bg-slate-50">
          Next: {next.title}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : null}
    </nav>
  );
}
