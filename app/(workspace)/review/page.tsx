import type { Metadata } from "next";
import Link from "next/link";
import { AssignSelect } from "@/components/review/assign-select";
import { requireAbility, toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatAge } from "@/lib/review/format-age";
import { listReviewers, reviewQueue } from "@/lib/review/queries";
import { RefreshOnFocus } from "@/components/review/refresh-on-focus";

export const metadata: Metadata = { title: "Review queue" };

type Props = { searchParams: Promise<{ mine?: string }> };

export default async function ReviewQueuePage({ searchParams }: Props) {
  const { mine } = await searchParams;
  const user = await requireAbility("review.queue");
  const actor = toActor(user);
  const db = getDb();
  const assignedToMe = mine === "1";
  const [items, reviewers] = await Promise.all([reviewQueue({ actor, db, assignedToMe }), listReviewers({ actor, db })]);
  const now = new Date();
  return (
    <article className="flex flex-col gap-4">
      <RefreshOnFocus />
      <header className="flex items-center gap-4">
        <h1 className="text-2xl font-semibold">Review queue</h1>
        <nav aria-label="Filter" className="flex gap-3 text-sm">
          <Link href="/review" aria-current={!assignedToMe ? "page" : undefined} className={!assignedToMe ? "font-semibold" : "text-blue-800 underline"}>All open</Link>
          <Link href="/review?mine=1" aria-current={assignedToMe ? "page" : undefined} className={assignedToMe ? "font-semibold" : "text-blue-800 underline"}>Assigned to me</Link>
        </nav>
      </header>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{assignedToMe ? "Nothing is assigned to you." : "No open submissions."}</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">Open submissions</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2">Section</th>
              <th scope="col">Age</th>
              <th scope="col">Submitter</th>
              <th scope="col">Open comments</th>
              <th scope="col">Reviewer</th>
            </tr>
          </thead>
          <tbody>
            {items.map((q) => (
              <tr key={q.revisionId} className="border-b border-slate-200 align-top">
                <td className="py-2">
                  <Link href={`/review/${q.revisionId}`} className="text-blue-800 hover:underline">
                    {q.countryCode} · {q.sectionTitle} (revision {q.number})
                  </Link>
                </td>
                <td>{formatAge(q.submittedAt, now)}</td>
                <td>{q.submitterName ?? "deleted user"}</td>
                <td>{q.openThreads}</td>
                <td>
                  <AssignSelect revisionId={q.revisionId} assigneeId={q.assigneeId} reviewers={reviewers} selfId={user.id} label={`Reviewer for ${q.sectionTitle}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
