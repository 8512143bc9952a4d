"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { Editor } from "@tiptap/react";
import { absolutePositionToRelativePosition, ySyncPluginKey } from "@tiptap/y-tiptap";
import * as Y from "yjs";
import { startThreadAction } from "@/lib/actions/review-actions";
import type { ThreadView } from "@/lib/comments/queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ThreadCard } from "./thread-card";
import { useCommentAnchors } from "./use-comment-anchors";
import { useRefreshOnFocus } from "./use-refresh-on-focus";

function selectionAnchor(editor: Editor) {
  const { from, to } = editor.state.selection;
  const quote = editor.state.doc.textBetween(from, to, " ", "").trim();
  const sync = ySyncPluginKey.getState(editor.state) as { type: Y.XmlFragment; binding?: { mapping: unknown } } | undefined;
  if (!quote || !sync?.binding) return null;
  // Plain JSON: Yjs ids are class instances, which a server action's arguments cannot carry.
  const rel = (pos: number) => JSON.parse(JSON.stringify(Y.relativePositionToJSON(absolutePositionToRelativePosition(pos, sync.type, sync.binding!.mapping as never)))) as Record<string, unknown>;
  return { anchorFrom: rel(from), anchorTo: rel(to), quote: quote.slice(0, 2000) };
}

/** The editor's margin: threads in document order (detached ones last) and starting a thread on the selection. */
export function CommentMargin({ editor, sectionId, threads, canComment }: { editor: Editor | null; sectionId: string; threads: ThreadView[]; canComment: boolean }) {
  const ranges = useCommentAnchors(editor, threads);
  const [draft, setDraft] = useState<ReturnType<typeof selectionAnchor>>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  useRefreshOnFocus();
  const ordered = [...threads].sort((a, b) => (ranges.get(a.id)?.from ?? Infinity) - (ranges.get(b.id)?.from ?? Infinity));
  const handleStart = () =>
    startTransition(async () => {
      if (!draft) return;
      const result = await startThreadAction({ sectionId, ...draft, body });
      if (!result.ok) setError(result.error);
      else {
        setDraft(null);
        setBody("");
        setError(null);
        router.refresh();
      }
    });
  return (
    <section aria-label="Comments" className="flex flex-col gap-2">
      <h2 className="text-sm font-medium">Comments ({threads.filter((t) => !t.resolved).length} open)</h2>
      {canComment && editor && !draft ? (
        <Button size="sm" variant="secondary" onClick={() => setDraft(selectionAnchor(editor))}>Comment on selection</Button>
      ) : null}
      {draft ? (
        <form aria-label="New comment" className="flex flex-col gap-2 rounded-md border border-blue-300 bg-white p-2 text-sm" onSubmit={(e) => { e.preventDefault(); handleStart(); }}>
          <q className="italic">{draft.quote}</q>
          <label className="flex flex-col gap-1">
            Comment
            <textarea value={body} onChange={(e) => setBody(e.target.value)} rows={3} className="rounded border border-slate-300 px-2 py-1" />
          </label>
          {error ? <Alert>{error}</Alert> : null}
          <div className="flex gap-2">
            <Button size="sm" type="submit" disabled={pending || !body.trim()}>Start thread</Button>
            <Button size="sm" variant="ghost" onClick={() => setDraft(null)}>Cancel</Button>
          </div>
        </form>
      ) : null}
      {ordered.map((t) => (
        <ThreadCard
          key={t.id}
          thread={t}
          detached={ranges.size > 0 && ranges.get(t.id) === null}
          canComment={canComment}
          onFocus={() => {
            const r = ranges.get(t.id);
            if (r && editor) editor.chain().setTextSelection(r).scrollIntoView().run();
          }}
        />
      ))}
    </section>
  );
}
