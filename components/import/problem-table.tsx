import type { Problem } from "@/lib/import/types";
import { TableHead } from "@/components/ui/table-head";

/**
 * Import or lint problems: kind, notes involved, where and message, all as text. `position` names what `line`
 * counts: "Line" of a plain-text file, "Paragraph" of a Word document.
 */
export function ProblemTable({ problems, caption, position = "Line" }: { problems: Problem[]; caption: string; position?: "Line" | "Paragraph" | "Line or paragraph" }) {
  if (problems.length === 0) return <p className="text-sm text-slate-600">No problems found.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left font-medium">{caption}</caption>
      <TableHead columns={["Kind", "Notes", position, "Problem"]} />
      <tbody>
        {problems.map((p, i) => (
          <tr key={`${p.kind}-${p.line}-${i}`} className="border-t border-slate-200 align-top">
            <td className="px-2 py-1 font-mono text-xs">{p.kind}</td>
            <td className="px-2 py-1">{p.notes.join(", ")}</td>
            <td className="px-2 py-1">{p.line}</td>
            <td className="px-2 py-1">{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
