import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionForm } from "@/components/review/decision-form";
import { ReviewWorkspace } from "@/components/review/review-workspace";
import { RevisionHistory } from "@/components/review/revision-history";
import { StatusBadge } from "@/components/profiles/status-badge";
import { can } from "@/lib/auth/policies";
import { requireAbility, toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { reviewPageData } from "@/lib/review/review-page-data";
import { RefreshOnFocus } from "@/components/review/refresh-on-focus";
import { ProfileStatusListener } from "@/components/review/profile-status-listener";

export const metadata: Metadata = { title: "Review" };

type Props = { params: Promise<{ revisionId: string }>; searchParams: Promise<{ against?: string }> };

export default async function ReviewPage({ params, searchParams }: Props) {
  const { revisionId } = await params;
  const { against } = await searchParams;
  const user = await requireAbility("review.read");
  const actor = toActor(user);
  // A malformed or unknown revision (or comparison) id is a page that does not exist, not a server error.
  const data = await reviewPageData({ actor, db: getDb(), revisionId, against: against ?? null }).catch((e: unknown) => {
    if (isAppError(e) && (e.status === 400 || e.status === 404)) notFound();
    throw e;
  });
  const iso = data.section.countryCode.toLowerCase();
  const beforeLabel = data.diff.against ? `Revision ${data.diff.against.number}` : "Empty section";
  const afterLabel = `Revision ${data.revision.number}`;
  return (
    <article className="flex flex-col gap-4">
      <RefreshOnFocus />
      <ProfileStatusListener profileId={data.section.profileId} />
      <header className="flex flex-col gap-1">
        <p className="text-sm text-slate-600">
          <Link href="/review" className="hover:underline">Review queue</Link> › <Link href={`/countries/${iso}`} className="hover:underline">{data.section.countryName}</Link> ›{" "}
          <Link href={`/countries/${iso}/sections/${data.section.id}`} className="hover:underline">{data.section.title}</Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">
            {data.section.title}: revision {data.revision.number}
          </h1>
          <StatusBadge status={data.section.status} />
          <span className="text-sm text-slate-600" data-testid="revision-state">{data.revision.state.replace("_", " ")}</span>
        </div>
        <p className="text-sm text-slate-600">
          Submitted by {data.revision.submitterName ?? "a deleted user"} · compared with {beforeLabel.toLowerCase()} · hash <code className="text-xs">{data.revision.contentHash.slice(0, 12)}</code>
        </p>
        {data.revision.note ? <p className="rounded bg-slate-100 px-3 py-2 text-sm">Note to reviewers: {data.revision.note}</p> : null}
        {data.revision.decisionNote ? <p className="rounded bg-amber-50 px-3 py-2 text-sm">Decision note ({data.revision.deciderName}): {data.revision.decisionNote}</p> : null}
      </header>
      <DecisionForm revisionId={data.revision.id} contentHash={data.revision.contentHash} refusal={data.decisionRefusal} />
      <ReviewWorkspace
        key={`${data.revision.id}-${data.diff.against?.id ?? "empty"}`}
        revisionId={data.revision.id}
        redline={data.diff}
        before={data.before}
        after={data.after}
        beforeLabel={beforeLabel}
        afterLabel={afterLabel}
        threads={data.threads}
        canComment={can(actor, "section.comment")}
      />
      <RevisionHistory history={data.history} currentId={data.revision.id} againstId={data.diff.against?.id ?? null} />
    </article>
  );
}
