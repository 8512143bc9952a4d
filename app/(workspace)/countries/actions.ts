"use server";

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
  return runAction(({ actor, db }) => archiveProfile({ actor, db, input: { countryCode: form.get("countryCode"), reason: form.get("reason") } }), { revalidate: "/countries" });
}
