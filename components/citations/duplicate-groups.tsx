"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { DuplicateMember } from "@/lib/citations/possible-duplicates";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Action = (prev: ActionResult<{ moved: number }> | null, form: FormData) => Promise<ActionResult<{ moved: number }>>;

function Group({ group, action, canMerge }: { group: DuplicateMember[]; action: Action; canMerge: boolean }) {
  const [state, formAction, pending] = useActionState(action, null);
  const keep = group[0]!;
  return (
    <li className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-3 text-sm">
      <ul className="flex flex-col gap-1">
        {group.map((s, i) => (
          <li key={s.id} className="flex items-start gap-2">
            <span className="flex-1">
              <span className="font-medium">{s.title}</span> <span className="text-slate-600">({s.citations === 1 ? "1 footnote" : `${s.citations} footnotes`}{i === 0 ? ", kept" : ""})</span>
              {s.url ? <span className="block break-all text-xs text-slate-600">{s.url}</span> : null}
            </span>
            {i > 0 && canMerge ? (
              <form action={formAction}>
                <input type="hidden" name="keepId" value={keep.id} />
                <input type="hidden" name="mergeId" value={s.id} />
                <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Merge “${s.title}” into “${keep.title}”`}>
                  Merge into the kept source
                </Button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {state && !state.ok ? <Alert>{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">Merged: {state.data.moved} footnotes now cite “{keep.title}”.</Alert> : null}
    </li>
  );
}

/** Groups of registry sources that look like one; editors merge each into the most cited of its group. */
export function DuplicateGroups({ groups, action, canMerge }: { groups: DuplicateMember[][]; action: Action; canMerge: boolean }) {
  return (
    <section aria-labelledby="possible-duplicates" className="flex flex-col gap-2">
      <h2 id="possible-duplicates" className="text-lg font-semibold">
        Possible duplicates
      </h2>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600">No two sources look alike.</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {groups.map((g) => (
            <Group key={g.map((s) => s.id).join(",")} group={g} action={action} canMerge={canMerge} />
          ))}
        </ul>
      )}
    </section>
  );
}
