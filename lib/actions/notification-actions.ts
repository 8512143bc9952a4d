"use server";

import { runAction, type ActionResult } from "@/lib/actions/run-action";
import { markNotificationRead, markNotificationsRead } from "@/lib/notifications/queries";

export async function markNotificationsReadAction(): Promise<ActionResult<null>> {
  return runAction(async ({ actor, db }) => {
    await markNotificationsRead({ actor, db });
    return null;
  }, { revalidate: { path: "/", type: "layout" } });
}

export async function markNotificationReadAction(id: string): Promise<ActionResult<{ id: string }>> {
  return runAction(({ actor, db }) => markNotificationRead({ actor, db, input: { id } }), { revalidate: { path: "/", type: "layout" } });
}
