import type { Metadata } from "next";
import Link from "next/link";
import { CreateProfileForm } from "@/components/profiles/create-profile-form";
import { StatusBadge } from "@/components/profiles/status-badge";
import { CountryFlag } from "@/components/ui/country-flag";
import { abilitiesFor } from "@/lib/auth/policies";
import { requireUser, toActor } from "@/lib/auth/session";
import { statusLabels } from "@/lib/review/status";
import { getDb } from "@/lib/db/client";
import { allCountries, countryName, isCountryCode } from "@/lib/profiles/countries";
import { Alert } from "@/components/ui/alert";
import { listProfiles } from "@/lib/profiles/queries";
import { formatDate } from "@/lib/format-date";
import { createProfileAction } from "./actions";
import { TableHead } from "@/components/ui/table-head";
import { RefreshOnFocus } from "@/components/review/refresh-on-focus";
import { ProfileStatusListener } from "@/components/review/profile-status-listener";

export const metadata: Metadata = { title: "Countries" };

export default async function CountriesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { archived } = await searchParams;
  const user = await requireUser();
  const can = abilitiesFor(toActor(user));
  const profiles = await listProfiles(toActor(user), getDb());
  const taken = new Set(profiles.map((p) => p.countryCode));
  return (
    <div className="flex flex-col gap-6">
      <RefreshOnFocus />
      <ProfileStatusListener profileId="all" />
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">Countries</h1>
        <p className="text-sm text-slate-600">{profiles.length === 1 ? "1 profile" : `${profiles.length} profiles`}</p>
      </div>
      {typeof archived === "string" && isCountryCode(archived) ? (
        <Alert tone="success">{countryName(archived)} was archived: its drafts are hidden here; its published versions stay public.</Alert>
      ) : null}
      {can["profile.create"] ? (
        <section aria-labelledby="new-profile" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="new-profile" className="mb-3 font-medium">
            New country profile
          </h2>
          <CreateProfileForm action={createProfileAction} countries={allCountries().filter((c) => !taken.has(c.code))} />
        </section>
      ) : null}
      {profiles.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">
          No country profiles yet.{can["profile.create"] ? " Create the first one above." : ""}
        </p>
      ) : (
        <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm">
          <TableHead columns={["Country", "Status", "Last updated", "Sections"]} />
          <tbody>
            {profiles.map((p) => (
              <tr key={p.id} className="border-t border-slate-200">
                <td className="px-4 py-2">
                  <Link href={`/countries/${p.countryCode.toLowerCase()}`} className="font-medium text-blue-800 hover:underline">
                    <CountryFlag code={p.countryCode} className="mr-2" />
                    {p.countryName}
                  </Link>
                </td>
                <td className="px-4 py-2"><StatusBadge status={p.status} /></td>
                <td className="px-4 py-2">{p.lastUpdated ? formatDate(p.lastUpdated) : "Not yet published"}</td>
                <td className="px-4 py-2">
                  {p.sectionCount}
                  {(["in_review", "changes_requested", "approved"] as const)
                    .filter((st) => p.statusCounts[st])
                    .map((st) => (
                      <span key={st} className="ml-2 text-xs text-slate-600">· {p.statusCounts[st]} {statusLabels[st].toLowerCase()}</span>
                    ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
