"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { env } from "@/lib/env";
import { reverifyCitations } from "@/lib/freshness/reverify-citations";
import { setSourceArchive } from "@/lib/freshness/set-source-archive";
import { requestLinkCheck, type EnqueuedRun } from "@/lib/links/request-link-check";

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

export async function reverifyAction(_prev: ActionResult<{ count: number; accessedOn: string }> | null, form: FormData) {
  return runAction(({ actor, db }) =>
    reverifyCitations({
      actor,
      db,
      input: {
        citationSourceIds: form.getAll("ids").filter((v) => typeof v === "string"),
        result: text(form, "result"),
        note: text(form, "note"),
        archiveUrl: text(form, "archiveUrl"),
        accessedOn: text(form, "accessedOn") || undefined,
      },
    }),
    { revalidate: "/freshness" },
  );
}

export async function setArchiveAction(_prev: ActionResult<{ archiveUrl: string }> | null, form: FormData) {
  return runAction(({ actor, db }) => setSourceArchive({ actor, db, input: { sourceId: text(form, "sourceId"), archiveUrl: text(form, "archiveUrl") } }), { revalidate: "/freshness" });
}

export async function requestLinkCheckAction(): Promise<ActionResult<EnqueuedRun | null>> {
  if (env().LINK_CHECK === "off") return { ok: false, error: "The link checker is off on this server (LINK_CHECK=off)." };
  // Every instance's link checker wakes on the links.check event (lib/events/handlers.ts).
  return runAction(({ actor, db }) => requestLinkCheck({ actor, db }));
}
