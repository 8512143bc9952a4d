import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SectionEditor } from "@/components/editor/section-editor";
import { StatusBadge } from "@/components/profiles/status-badge";
import { abilitiesFor } from "@/lib/auth/policies";
import { requireAbility, toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { isCountryCode } from "@/lib/profiles/countries";
import { getProfileByCountry } from "@/lib/profiles/queries";
import { getCitationPolicy } from "@/lib/settings/citation-policy";

type Params = { params: Promise<{ iso: string; sectionId: string }> };

export const metadata: Metadata = { title: "Edit section" };

export default async function SectionPage({ params }: Params) {
  const { iso, sectionId } = await params;
  const user = await requireAbility("profile.readDraft");
  if (!isCountryCode(iso)) notFound();
  const profile = await getProfileByCountry(getDb(), iso);
  const section = profile?.sections.find((s) => s.id === sectionId);
  if (!profile || !section) notFound();
  const can = abilitiesFor(toActor(user));
  const policy = await getCitationPolicy(getDb());
  const sectionTitles = Object.fromEntries(profile.sections.map((s) => [s.id, s.title]));
  return (
    <article className="flex flex-col gap-4">
      <header className="flex flex-col gap-1">
        <p className="text-sm text-slate-600">
          <Link href="/countries" className="hover:underline">Countries</Link> ›{" "}
          <Link href={`/countries/${iso.toLowerCase()}`} className="hover:underline">{profile.countryName}</Link> ›
        </p>
        <div className="flex items-center gap-3">
          <h1 className="text-2xl font-semibold">{section.title}</h1>
          <StatusBadge status={section.status} />
        </div>
      </header>
      <SectionEditor sectionId={section.id} profileId={profile.id} user={{ id: user.id, name: user.name }} canEdit={can["section.edit"]} sectionTitles={sectionTitles} sectionIds={profile.sections.map((s) => s.id)} maxAgeMonths={policy.maxAgeMonths} />
    </article>
  );
}
