import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SectionEditor } from "@/components/editor/section-editor";
import { SectionOutline, SectionPager } from "@/components/editor/section-outline";
import { StatusBadge } from "@/components/profiles/status-badge";
import { SectionReviewBar } from "@/components/review/section-review-bar";
import { abilitiesFor } from "@/lib/auth/policies";
import { requireAbility, toActor } from "@/lib/auth/session";
import { collabLimitsFromEnv } from "@/lib/collab/collab-limits";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { isCountryCode } from "@/lib/profiles/countries";
import { getProfileByCountry } from "@/lib/profiles/queries";
import { getCitationPolicy } from "@/lib/settings/citation-policy";
import { listThreads } from "@/lib/comments/queries";
import { sectionReviewState } from "@/lib/review/section-review-state";
import { mayDecideSuggestions } from "@/lib/suggestions/decide-suggestion";

type Params = { params: Promise<{ iso: string; sectionId: string }> };

export const metadata: Metadata = { title: "Edit section" };

export default async function SectionPage({ params }: Params) {
  const { iso, sectionId } = await params;
  const user = await requireAbility("profile.readDraft");
  if (!isCountryCode(iso)) notFound();
  const profile = await getProfileByCountry(toActor(user), getDb(), iso);
  const section = profile?.sections.find((s) => s.id === sectionId);
  if (!profile || !section) notFound();
  const actor = toActor(user);
  const can = abilitiesFor(actor);
  const [review, threads, canDecideSuggestions] = await Promise.all([
    sectionReviewState({ actor, db: getDb(), sectionId: section.id }),
    listThreads({ actor, db: getDb(), sectionId: section.id }),
    mayDecideSuggestions({ actor, db: getDb(), sectionId: section.id }),
  ]);
  const policy = await getCitationPolicy(getDb());
  const { maxMessageBytes, maxDocumentBytes } = collabLimitsFromEnv(env());
  const inputLimits = { maxMessageBytes, maxDocumentBytes };
  const sectionTitles = Object.fromEntries(profile.sections.map((s) => [s.id, s.title]));
  const outline = profile.sections.map((s) => ({ id: s.id, title: s.title, depth: s.depth, status: s.status }));
  return (
    <div className="grid gap-6 lg:grid-cols-[13rem_minmax(0,1fr)]">
      <SectionOutline iso={iso} sections={outline} currentId={section.id} />
      <article className="flex min-w-0 flex-col gap-4">
        <header className="flex flex-col gap-1">
          <p className="text-sm text-slate-600">
            <Link href="/countries" className="hover:underline">Countries</Link> ›{" "}
            <Link href={`/countries/${iso.toLowerCase()}`} className="hover:underline">{profile.countryName}</Link> ›
          </p>
          <div className="flex items-center gap-3">
            <h1 className="text-2xl font-semibold">{section.title}</h1>
            <StatusBadge status={review.status} />
          </div>
        </header>
        <SectionReviewBar sectionId={section.id} state={review} />
        <SectionEditor sectionId={section.id} profileId={profile.id} user={{ id: user.id, name: user.name }} canEdit={can["section.edit"]} sectionTitles={sectionTitles} sectionIds={profile.sections.map((s) => s.id)} maxAgeMonths={policy.maxAgeMonths} threads={threads} canComment={can["section.comment"]} canDecideSuggestions={canDecideSuggestions} inputLimits={inputLimits} />
        <SectionPager iso={iso} sections={outline} currentId={section.id} />
      </article>
    </div>
  );
}
