"use client";

import { useState, useTransition, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/run-action";
import type { TemplateNode } from "@/lib/profiles/template";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export interface TemplateActions {
  add: (input: { title: string; parentId: string | null }) => Promise<ActionResult<null>>;
  rename: (input: { id: string; title: string }) => Promise<ActionResult<null>>;
  move: (input: { id: string; direction: "up" | "down" }) => Promise<ActionResult<null>>;
  remove: (input: { id: string }) => Promise<ActionResult<null>>;
}

export function TemplateEditor({ nodes, actions }: { nodes: TemplateNode[]; actions: TemplateActions }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  const run = (p: Promise<ActionResult<null>>) =>
    startTransition(async () => {
      const r = await p;
      setError(r.ok ? undefined : r.error);
    });

  function handleAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const parent = String(form.get("parentId") ?? "");
    run(actions.add({ title: String(form.get("title") ?? ""), parentId: parent === "" ? null : parent }));
    event.currentTarget.reset();
  }

  function handleRename(event: FormEvent<HTMLFormElement>, id: string) {
    event.preventDefault();
    run(actions.rename({ id, title: String(new FormData(event.currentTarget).get("title") ?? "") }));
  }

  return (
    <div className="flex flex-col gap-4">
      {error ? <Alert>{error}</Alert> : null}
      <ol className="flex flex-col gap-2" aria-label="Template sections">
        {nodes.map((n) => (
          <li key={n.id} className="flex flex-wrap items-center gap-2 rounded border border-slate-200 bg-white p-2" style={{ marginLeft: `${n.depth * 2}rem` }}>
            <form onSubmit={(e) => handleRename(e, n.id)} className="flex flex-1 items-center gap-2">
              <label className="sr-only" htmlFor={`title-${n.id}`}>
                Title of {n.title}
              </label>
              <input id={`title-${n.id}`} name="title" defaultValue={n.title} className="flex-1 rounded border border-slate-300 px-2 py-1 text-sm" />
              <Button type="submit" size="sm" variant="secondary" disabled={pending}>
                Rename
              </Button>
            </form>
            <Button size="sm" variant="ghost" aria-label={`Move ${n.title} up`} disabled={pending} onClick={() => run(actions.move({ id: n.id, direction: "up" }))}>
              ↑
            </Button>
            <Button size="sm" variant="ghost" aria-label={`Move ${n.title} down`} disabled={pending} onClick={() => run(actions.move({ id: n.id, direction: "down" }))}>
              ↓
            </Button>
            <Button
              size="sm"
              variant="danger"
              disabled={pending}
              onClick={() => {
                if (window.confirm(`Remove “${n.title}” from the template? Existing profiles keep their sections.`)) run(actions.remove({ id: n.id }));
              }}
            >
              Remove<span className="sr-only"> {n.title}</span>
            </Button>
          </li>
        ))}
      </ol>
      <form onSubmit={handleAdd} className="flex flex-wrap items-end gap-2 rounded border border-slate-200 bg-white p-3" aria-label="Add template section">
        <div className="flex flex-col gap-1">
          <label htmlFor="new-section-title" className="text-sm font-medium">
            New section title
          </label>
          <input id="new-section-title" name="title" required className="w-80 rounded border border-slate-300 px-2 py-1 text-sm" />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="new-section-parent" className="text-sm font-medium">
            Inside
          </label>
          <select id="new-section-parent" name="parentId" className="rounded border border-slate-300 px-2 py-1 text-sm" defaultValue="">
            <option value="">(top level)</option>
            {nodes
              .filter((n) => n.depth === 0)
              .map((n) => (
                <option key={n.id} value={n.id}>
                  {n.title}
                </option>
              ))}
          </select>
        </div>
        <Button type="submit" disabled={pending}>
          Add section
        </Button>
      </form>
    </div>
  );
}
