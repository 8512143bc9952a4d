import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentView } from "@/components/profiles/document-view";
import { ProblemTable } from "@/components/import/problem-table";
import { FootnoteList } from "@/components/profiles/footnote-list";
import { StatusBadge } from "@/components/profiles/status-badge";
import { CountryFlag } from "@/components/ui/country-flag";
import { abilitiesFor } from "@/lib/auth/policies";
import { requireAbility, toActor } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format-date";
import { isCountryCode } from "@/lib/profiles/countries";
import { loadFootnotes } from "@/lib/profiles/footnotes";
import type { Problem } from "@/lib/import/types";
import { withLiveContent } from "@/lib/profiles/live-content";
import { getProfileByCountry } from "@/lib/profiles/queries";
import { PublishPanel } from "@/components/versions/publish-panel";
import { ArchiveProfileForm } from "@/components/profiles/archive-profile-form";
import { archiveProfileAction } from "../actions";
import { publishPreview } from "@/lib/versions/publish-preview";
import { displayStatuses } from "@/lib/review/display-statuses";
import { openThreadCounts } from "@/lib/review/queries";
import { RefreshOnFocus } from "@/components/review/refresh-on-focus";
import { ProfileStatusListener } from "@/components/review/profile-status-listener";

type Params = { params: Promise<{ iso: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { iso } = await params;
  return { title: iso.toUpperCase() };
}

export default async function ProfilePage({ params }: Params) {
  const { iso } = await params;
  const user = await requireAbility("profile.readDraft");
  const actor = toActor(user);
  if (!isCountryCode(iso)) notFound();
  const db = getDb();
  const profile = await getProfileByCountry(actor, db, iso);
  if (!profile) notFound();
  const can = abilitiesFor(actor);
  const sections = await withLiveContent(db, profile.sections);
  const footnotes = await loadFootnotes(actor, db, profile.id, sections);
  const threadCounts = await openThreadCounts(db, profile.sections.map((s) => s.id));
  const statuses = await displayStatuses(db, sections);
  const preview = can["profile.publish"] ? await publishPreview({ actor, db, iso }) : null;
  const numbers = new Map(footnotes.map((f) => [f.citationId, { number: f.number, text: f.text }]));
  return (
    <article className="flex flex-col gap-6">
      <RefreshOnFocus />
      <ProfileStatusListener profileId={profile.id} />
      <header className="flex flex-col gap-1">
        <p className="text-sm text-slate-600">
          <Link href="/countries" className="hover:underline">Countries</Link> ›
        </p>
        <h1 className="text-3xl font-semibold">
          <CountryFlag code={profile.countryCode} height={24} className="mr-2" />
          {profile.countryName}
        </h1>
        <p className="text-sm text-slate-600">
          Last updated: {profile.lastPublishedAt ? formatDate(profile.lastPublishedAt) : "not yet published"}
        </p>
        <p className="text-sm">
          <a href={`/api/profiles/${profile.countryCode.toLowerCase()}/export/docx`} download className="text-blue-800 underline">
            Download the draft as Word (.docx)
          </a>
        </p>
        <PublishPanel iso={profile.countryCode} preview={preview} latestVersion={profile.latestVersion?.number ?? null} />
      </header>
      <nav aria-label="Sections" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-medium">Sections</h2>
        <ol className="flex flex-col gap-1 text-sm">
          {profile.sections.map((s) => (
            <li key={s.id} style={{ paddingLeft: `${s.depth * 1.25}rem` }} className="flex items-center gap-2">
              <a href={`#section-${s.id}`} className="text-blue-800 hover:underline">{s.title}</a>
              <StatusBadge status={statuses.get(s.id) ?? s.status} />
              {threadCounts.get(s.id) ? <span className="text-xs text-amber-800" aria-label={`${threadCounts.get(s.id)} open comment threads`}>💬 {threadCounts.get(s.id)}</span> : null}
              <Link href={`/countries/${iso.toLowerCase()}/sections/${s.id}`} className="ml-auto text-xs text-slate-600 underline">
                {can["section.edit"] ? "Edit" : "Open"}
                <span className="sr-only"> {s.title}</span>
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      {sections.map((s) => {
        const Heading = s.depth === 0 ? "h2" : "h3";
        return (
          <section key={s.id} id={`section-${s.id}`} aria-labelledby={`title-${s.id}`} className="rounded-lg border border-slate-200 bg-white p-6">
            <Heading id={`title-${s.id}`} className={s.depth === 0 ? "text-xl font-semibold" : "text-lg font-semibold"}>
              {s.title}
            </Heading>
            <DocumentView doc={s.contentJson} footnoteNumbers={numbers} />
          </section>
        );
      })}
      {profile.importProblems && profile.importProblems.length > 0 ? (
        <section aria-labelledby="import-problems" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="import-problems" className="sr-only">Import problems</h2>
          <ProblemTable problems={profile.importProblems as Problem[]} caption={`Import problems (${profile.importProblems.length})`} position="Line or paragraph" />
        </section>
      ) : null}
      <section aria-labelledby="notes" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="notes" className="mb-3 text-xl font-semibold">Notes</h2>
        <FootnoteList footnotes={footnotes} />
      </section>
      {can["profile.archive"] ? <ArchiveProfileForm action={archiveProfileAction} countryCode={profile.countryCode} country={profile.countryName} /> : null}
    </article>
  );
}
