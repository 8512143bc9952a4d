"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { markNotificationsRead } from "@/lib/notifications/queries";

export async function markNotificationsReadAction(): Promise<ActionResult<null>> {
  const result = await runAction(async ({ actor, db }) => {
    await markNotificationsRead({ actor, db });
    return null;
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
