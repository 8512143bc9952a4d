"use server";

import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { archiveProfile } from "@/lib/profiles/archive-profile";
import { createProfile } from "@/lib/profiles/create-profile";

export async function createProfileAction(_prev: ActionResult<{ countryCode: string }> | null, form: FormData): Promise<ActionResult<{ countryCode: string }>> {
  return runAction(async ({ actor, db }) => {
    const profile = await createProfile({ actor, db, input: { countryCode: form.get("countryCode") } });
    return { countryCode: profile.countryCode };
  }, { revalidate: "/countries" });
}

export async function archiveProfileAction(_prev: ActionResult<{ countryCode: string }> | null, form: FormData): Promise<ActionResult<{ countryCode: string }>> {
  const result = await runAction(({ actor, db }) => archiveProfile({ actor, db, input: { countryCode: form.get("countryCode"), reason: form.get("reason") } }), { revalidate: "/countries" });
  // Straight to the list: the archived profile's own page no longer exists to re-render.
  if (result.ok) redirect(`/countries?archived=${result.data.countryCode.toLowerCase()}`);
  return result;
}
