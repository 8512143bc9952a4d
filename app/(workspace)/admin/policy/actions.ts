"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { setCitationPolicy, type CitationPolicy } from "@/lib/settings/citation-policy";

export async function setCitationPolicyAction(_prev: ActionResult<CitationPolicy> | null, form: FormData): Promise<ActionResult<CitationPolicy>> {
  const result = await runAction(({ actor, db }) => setCitationPolicy({ actor, db, input: { maxAgeMonths: form.get("maxAgeMonths") } }));
  if (result.ok) revalidatePath("/admin/policy");
  return result;
}
