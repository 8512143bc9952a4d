import type { GateProblem } from "@/lib/versions/publish-gate";

/** The footnotes that block publishing under the admin's policy, as a list people can act on. */
export function PublishGateList({ problems, canOverride }: { problems: GateProblem[]; canOverride: boolean }) {
  if (problems.length === 0) return null;
  return (
    <section aria-label="Publish gate" className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <h3 className="font-semibold">
        Publishing is blocked by {problems.length} problem{problems.length === 1 ? "" : "s"} (citation policy)
      </h3>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p, i) => (
          <li key={`${p.citationId}-${p.kind}-${i}`}>
            {p.number > 0 ? `Footnote ${p.number}: ` : "Profile: "}
            {p.message}
          </li>
        ))}
      </ul>
      <p className="mt-1">
        Re-verify them on the <a href="/freshness?filter=stale" className="underline">Freshness</a> page
        {canOverride ? ", or publish anyway with a written reason (recorded in the version's history)." : "; only an admin can publish over them."}
      </p>
    </section>
  );
}
