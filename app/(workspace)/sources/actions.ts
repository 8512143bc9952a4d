"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { mergeSources } from "@/lib/citations/merge-sources";

export async function mergeSourcesAction(_prev: ActionResult<{ moved: number }> | null, form: FormData): Promise<ActionResult<{ moved: number }>> {
  return runAction(({ actor, db }) => mergeSources({ actor, db, input: { keepId: form.get("keepId"), mergeId: form.get("mergeId") } }), { revalidate: "/sources" });
}
