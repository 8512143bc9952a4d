import type { Metadata } from "next";
import { DuplicateGroups } from "@/components/citations/duplicate-groups";
import { MergeSourcesForm } from "@/components/citations/merge-sources-form";
import { abilitiesFor } from "@/lib/auth/policies";
import { requireAbility, toActor } from "@/lib/auth/session";
import { possibleDuplicates } from "@/lib/citations/possible-duplicates";
import { searchSources } from "@/lib/citations/queries";
import { getDb } from "@/lib/db/client";
import { mergeSourcesAction } from "./actions";
import { TableHead } from "@/components/ui/table-head";

export const metadata: Metadata = { title: "Sources" };

export default async function SourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAbility("profile.readDraft");
  const can = abilitiesFor(toActor(user));
  const q = typeof (await searchParams).q === "string" ? String((await searchParams).q).slice(0, 200) : "";
  const sources = await searchSources(toActor(user), getDb(), q, 500);
  const duplicates = q ? [] : await possibleDuplicates(toActor(user), getDb());
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Sources</h1>
      <p className="text-sm text-slate-600">One shared registry for every profile. Add sources while citing in a section.</p>
      <form role="search" className="flex gap-2">
        <label htmlFor="sources-q" className="sr-only">Search sources</label>
        <input id="sources-q" name="q" type="search" defaultValue={q} placeholder="Title or URL" className="w-80 rounded border border-slate-300 px-2 py-1 text-sm" />
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm">Search</button>
      </form>
      {q ? null : <DuplicateGroups groups={duplicates} action={mergeSourcesAction} canMerge={can["source.merge"]} />}
      {can["source.merge"] && sources.length > 0 ? <MergeSourcesForm action={mergeSourcesAction} sources={sources} /> : null}
      {sources.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-8 text-center text-slate-600">{q ? "No source matches." : "No sources yet."}</p>
      ) : (
        <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
          <TableHead columns={["Title", "Publisher", "Type", "URL"]} />
          <tbody>
            {sources.map((s) => (
              <tr key={s.id} className="border-t border-slate-200 align-top">
                <td className="px-3 py-2">{s.title}</td>
                <td className="px-3 py-2">{s.publisher ?? ""}</td>
                <td className="px-3 py-2">{s.type}</td>
                <td className="break-all px-3 py-2">
                  {s.url && /^https?:\/\//i.test(s.url) ? (
                    <a href={s.url} rel="noopener noreferrer nofollow" className="text-blue-800 underline">{s.url}</a>
                  ) : (s.url ?? "")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
