"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { mergeSources } from "@/lib/citations/merge-sources";

export async function mergeSourcesAction(_prev: ActionResult<{ moved: number }> | null, form: FormData): Promise<ActionResult<{ moved: number }>> {
  const result = await runAction(({ actor, db }) => mergeSources({ actor, db, input: { keepId: form.get("keepId"), mergeId: form.get("mergeId") } }));
  if (result.ok) revalidatePath("/sources");
  return result;
}
