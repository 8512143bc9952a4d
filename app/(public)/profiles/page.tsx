import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/lib/db/client";
import { formatDate } from "@/lib/format-date";
import { listProfiles } from "@/lib/profiles/queries";

export const metadata: Metadata = { title: "Published profiles" };
export const dynamic = "force-dynamic";

export default async function PublicProfilesPage() {
  const published = (await listProfiles(getDb())).filter((p) => p.latestVersion !== null);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Country profiles</h1>
      {published.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">No profile has been published yet.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {published.map((p) => (
            <li key={p.id}>
              <Link href={`/profiles/${p.countryCode.toLowerCase()}`} className="text-blue-800 hover:underline">
                <span aria-hidden="true" className="mr-2">{p.flag}</span>
                {p.countryName}
              </Link>
              <span className="ml-2 text-sm text-slate-600">Last updated {p.lastUpdated ? formatDate(p.lastUpdated) : "—"}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
