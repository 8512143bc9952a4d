"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { setCitationPolicy, type CitationPolicy } from "@/lib/settings/citation-policy";

export async function setCitationPolicyAction(_prev: ActionResult<CitationPolicy> | null, form: FormData): Promise<ActionResult<CitationPolicy>> {
  return runAction(({ actor, db }) =>
    setCitationPolicy({
      actor,
      db,
      input: {
        maxAgeMonths: form.get("maxAgeMonths"),
        gateStale: form.get("gateStale") === "on",
        gateDeadWithoutArchive: form.get("gateDeadWithoutArchive") === "on",
        gateMissingAccessDate: form.get("gateMissingAccessDate") === "on",
        gateImportProblems: form.get("gateImportProblems") === "on",
      },
    }),
    { revalidate: "/admin/policy" },
  );
}
