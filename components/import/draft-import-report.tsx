import Link from "next/link";
import type { SectionImportChange } from "@/lib/import/import-into-profile";
import { TableHead } from "@/components/ui/table-head";

const changeWords: Record<SectionImportChange["change"], string> = {
  changed: "Changed: submitted for review",
  unchanged: "Unchanged",
  "not-in-file": "Not in the file (left as it is)",
  failed: "Not changed",
};

/** Per section, what importing a file as a new draft did, with a link to the review of each change. */
export function DraftImportReport({ sections }: { sections: SectionImportChange[] }) {
  return (
    <table className="w-full text-left text-sm" aria-label="Changes by section">
      <caption className="mb-2 text-left font-medium">What changed, by section</caption>
      <TableHead columns={["Section", "Change", "Characters before → after", "Review"]} />
      <tbody>
        {sections.map((s) => (
          <tr key={s.sectionId} className="border-t border-slate-200 align-top">
            <td className="px-2 py-1">{s.title}</td>
            <td className="px-2 py-1">
              {changeWords[s.change]}
              {s.error ? `: ${s.error}` : null}
            </td>
            <td className="px-2 py-1">{s.change === "not-in-file" ? "" : `${s.charactersBefore} → ${s.charactersAfter}`}</td>
            <td className="px-2 py-1">
              {s.revision ? (
                <Link href={`/review/${s.revision.id}`} className="underline">
                  Revision {s.revision.number}
                </Link>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
