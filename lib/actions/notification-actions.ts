"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { markNotificationsRead } from "@/lib/notifications/queries";

export async function markNotificationsReadAction(): Promise<ActionResult<null>> {
  return runAction(async ({ actor, db }) => {
    await markNotificationsRead({ actor, db });
    return null;
  }, { revalidate: { path: "/", type: "layout" } });
}
